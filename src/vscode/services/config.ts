// Settings under `crossread.*`, read into one typed, validated object. `parseConfig` is pure (it takes a getter)
// so the tests can feed it anything a user might write into settings.json.
import type { EntityKind } from '../../core';

export type HighlightKind = EntityKind | 'figure';
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = ['person', 'place', 'organization', 'other', 'figure'];

export const DEFAULT_INCLUDE = '**/*.{txt,md}';
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/out/**',
  '**/.vscode-test/**',
  '**/test-results/**',
  // A folder's own documentation and Crossread's exported report are not articles (the CLI skips them too).
  '**/README.md',
  '**/README.txt',
  '**/CHANGELOG.md',
  '**/CONTRIBUTING.md',
  '**/LICENSE.md',
  '**/LICENSE.txt',
  '**/crossread-report.md',
];
export const DEFAULT_MAX_FILE_KB = 2048;
export const DEFAULT_TOLERANCE_PERCENT = 2;
/** Languages whose editors get highlights and hovers. */
export const ARTICLE_LANGUAGES: readonly string[] = ['plaintext', 'markdown', 'article'];

export interface CrossreadConfig {
  include: string;
  exclude: string[];
  /** ISO 639-1 codes to analyse; empty = every language. */
  languages: string[];
  maxFileSizeKB: number;
  highlights: { enabled: boolean; kinds: HighlightKind[] };
  hoversEnabled: boolean;
  /** Percent (2 = values within 2% agree). */
  conflictTolerance: number;
  /** Keep the index in the workspace storage, so reopening the workspace needs no re-analysis. */
  cacheEnabled: boolean;
}

export interface ParsedConfig {
  config: CrossreadConfig;
  /** Human messages about ignored values, for the output channel. */
  problems: string[];
}

/** Keys whose change means the set of indexed files may differ. */
export const CORPUS_KEYS = ['crossread.include', 'crossread.exclude', 'crossread.languages', 'crossread.maxFileSizeKB'] as const;

export function parseConfig(get: (key: string) => unknown): ParsedConfig {
  const problems: string[] = [];
  const bad = (key: string, value: unknown, used: string) => problems.push(`crossread.${key}: ignored ${JSON.stringify(value)}; using ${used}`);

  let include = get('include');
  if (typeof include !== 'string' || !include.trim()) {
    if (include !== undefined) bad('include', include, DEFAULT_INCLUDE);
    include = DEFAULT_INCLUDE;
  }

  let exclude: string[] = [...DEFAULT_EXCLUDE];
  const ex = get('exclude');
  if (Array.isArray(ex)) exclude = ex.filter((g): g is string => typeof g === 'string' && g.trim() !== '').map((g) => g.trim());
  else if (ex !== undefined) bad('exclude', ex, 'the default list');

  let languages: string[] = [];
  const langs = get('languages');
  if (Array.isArray(langs)) {
    languages = [...new Set(langs.filter((l): l is string => typeof l === 'string' && l.trim() !== '').map((l) => l.trim().toLowerCase()))];
  } else if (langs !== undefined && langs !== null) bad('languages', langs, 'all languages');

  let maxFileSizeKB = DEFAULT_MAX_FILE_KB;
  const max = get('maxFileSizeKB');
  if (typeof max === 'number' && Number.isFinite(max) && max > 0) maxFileSizeKB = max;
  else if (max !== undefined) bad('maxFileSizeKB', max, String(DEFAULT_MAX_FILE_KB));

  const enabled = get('highlights.enabled');
  let kinds: HighlightKind[] = [...HIGHLIGHT_KINDS];
  const k = get('highlights.kinds');
  if (Array.isArray(k)) {
    kinds = HIGHLIGHT_KINDS.filter((kind) => k.includes(kind));
    const unknown = k.filter((x) => !HIGHLIGHT_KINDS.includes(x as HighlightKind));
    if (unknown.length) problems.push(`crossread.highlights.kinds: unknown kinds ${JSON.stringify(unknown)} (known: ${HIGHLIGHT_KINDS.join(', ')})`);
  } else if (k !== undefined) bad('highlights.kinds', k, 'all kinds');

  const hovers = get('hovers.enabled');

  let conflictTolerance = DEFAULT_TOLERANCE_PERCENT;
  const tol = get('conflictTolerance');
  if (typeof tol === 'number' && Number.isFinite(tol) && tol >= 0 && tol <= 100) conflictTolerance = tol;
  else if (tol !== undefined) bad('conflictTolerance', tol, `${DEFAULT_TOLERANCE_PERCENT}`);

  return {
    config: {
      include: (include as string).trim(),
      exclude,
      languages,
      maxFileSizeKB,
      highlights: { enabled: enabled !== false, kinds },
      hoversEnabled: hovers !== false,
      conflictTolerance,
      cacheEnabled: get('cache.enabled') !== false,
    },
    problems,
  };
}

/** The engine's options from the settings. */
export function engineOptions(config: CrossreadConfig): { conflictTolerance: number } {
  return { conflictTolerance: config.conflictTolerance / 100 };
}
