// Files left out of the corpus by the default exclusions, said in the same words by the CLI and the editor. Some
// folders and names are left out by default because they rarely hold articles (build output: dist/, out/,
// test-results/; a folder's own documentation: README, CHANGELOG, LICENSE, CONTRIBUTING), but an article there is
// an article lost: so every article left out is counted and the first few are named, with how to read them. Tool
// folders (node_modules, .git, .vscode-test) and Crossread's own exported report (crossread-report.*) never hold
// articles and are left out without a word.

/** Paths (relative, `/` separators) never articles: tool folders and Crossread's exported report. */
export const TOOL_PATHS = /(^|\/)(node_modules|\.git|\.vscode-test)(\/|$)|(^|\/)crossread-report(\.[a-z]+)?$/i;
/** Paths left out by default, with a notice: build output folders, a folder's own documentation (any letter case). */
export const DEFAULT_LEFT_OUT = /(^|\/)(dist|out|test-results)(\/|$)|(^|\/)(README|CHANGELOG|LICENSE|CONTRIBUTING)(\.[a-z]+)?$/i;
/** Paths named in the notice, at most. */
export const EXCLUDED_SHOWN = 5;

/** The CLI's way to read them. */
export const CLI_EXCLUSION_HINT = "read them with --include GLOB (e.g. --include 'dist/**' --include '**/README.md'); --exclude GLOB leaves out more";
/** The editor's way to read them. */
export const EDITOR_EXCLUSION_HINT = 'remove the matching patterns from the crossread.exclude setting to read them';

/**
 * One line: how many articles the default exclusions left out, the first few, and `hint`; undefined when none
 * were. `atLeast`: the count stopped early (a huge folder was not counted to its end).
 */
export function exclusionNotice(paths: readonly string[], hint: string, atLeast = false): string | undefined {
  if (paths.length === 0) return undefined;
  const n = paths.length;
  const shown = paths.slice(0, EXCLUDED_SHOWN).join(', ') + (n > EXCLUDED_SHOWN ? `, and ${n - EXCLUDED_SHOWN} more` : '');
  return `left out by the default exclusions: ${atLeast ? 'at least ' : ''}${n} article${n === 1 ? '' : 's'} (${shown}); ${hint}`;
}
