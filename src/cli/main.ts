// crossread: the reading engine in the terminal.
//   crossread report <folder> [--format md|json] [--out FILE] [--max-file-mb N] [--include GLOB] [--exclude GLOB]
import { oneLine } from '../core/documents/decode';
import { CLI_EXCLUSION_HINT, exclusionNotice } from '../core/documents/exclusions';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusIndex, renderMarkdown } from '../core';
import { reportJsonText } from '../core/report/reportJson';
import { loadDecisionsFile } from './decisionsFile';
import { outIsReadFile, outPathProblem, writeAtomically } from './outFile';
import { describeError, readFolder } from './readFolder';

const USAGE = `usage: crossread report <folder> [--format md|json] [--out FILE] [--max-file-mb N] [--include GLOB] [--exclude GLOB]

Reads the .txt and .md articles under <folder> (never modifies them) and prints what the sources say:
claims (conflicts first), entities with their spellings by source, and the documents.
  --format md|json   Markdown for people (default) or the JSON contract (version 1)
  --out FILE         write the report to FILE (atomically) instead of standard output; never over a file
                     in <folder> (but an earlier report), a link, a folder or a special file
  --max-file-mb N    skip articles larger than N megabytes (default 20)
  --include GLOB     read what matches GLOB (a path in <folder>, or a folder and all inside it) even where the
                     default exclusions leave it out: dist/, out/, test-results/, README, CHANGELOG, LICENSE,
                     CONTRIBUTING (any letter case); every article they leave out is counted on stderr
  --exclude GLOB     leave out what matches GLOB too; both may be given several times
                     (node_modules, .git, .vscode-test and crossread-report.* are never read)`;

function fail(message: string): never {
  process.stderr.write(`crossread: ${oneLine(message)}\n`);
  process.exit(2);
}

/** A message on one line: control characters and line separators in file names or errors are escaped. */
/** One line per message (shared with the extension's output channel). */
export { oneLine };

export function main(argv: string[]): number {
  const args = [...argv];
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  const command = args.shift();
  if (command !== 'report') fail(`unknown command "${command}" (usage: crossread report <folder> [--format md|json] [--out FILE] [--max-file-mb N] [--include GLOB] [--exclude GLOB])`);
  let folder: string | undefined;
  let format = 'md';
  let out: string | undefined;
  let maxMb = 20;
  const include: string[] = [];
  const exclude: string[] = [];
  const glob = (option: string) => {
    const g = args.shift()?.trim();
    if (!g) fail(`${option} needs a glob pattern, e.g. ${option} 'dist/**'`);
    return g.replace(/^\.\//, '').replace(/\/+$/, '');
  };
  while (args.length) {
    const a = args.shift()!;
    if (a === '--format') format = args.shift() ?? fail('--format needs md or json');
    else if (a === '--out') out = args.shift() ?? fail('--out needs a file name');
    else if (a === '--max-file-mb') maxMb = Number(args.shift() ?? fail('--max-file-mb needs a number of megabytes'));
    else if (a === '--include') include.push(glob(a));
    else if (a === '--exclude') exclude.push(glob(a));
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (!folder) folder = a;
    else fail(`unexpected argument ${a}`);
  }
  if (format !== 'md' && format !== 'json') fail(`--format must be md or json, not "${format}"`);
  if (!Number.isFinite(maxMb) || maxMb <= 0) fail('--max-file-mb needs a positive number');
  if (!folder) fail('no folder given');
  const root = resolve(folder);
  let isFolder = false;
  try {
    isFolder = statSync(root).isDirectory();
  } catch (err) {
    if ((err as NodeJS.ErrnoException)?.code !== 'ENOENT') fail(`cannot read ${folder}: ${describeError(err)}`);
  }
  if (!isFolder) fail(`${folder} is not a folder`);

  // Where the report goes is checked before anything is read: never over what the run reads or would read.
  const outPath = out ? resolve(out) : undefined;
  if (out && outPath) {
    const problem = outPathProblem(out, outPath, root);
    if (problem) fail(problem);
  }

  const { files, skipped, warnings, excluded, excludedAtLeast } = readFolder(root, { maxFileBytes: maxMb * 1024 * 1024, include, alsoExclude: exclude });
  // Never a silent loss: the articles the default exclusions left out, counted, the first few named.
  const leftOut = exclusionNotice(excluded.map(oneLine), CLI_EXCLUSION_HINT, excludedAtLeast);
  if (leftOut) process.stderr.write(`crossread: ${leftOut}\n`);
  const top = skipped.find((s) => s.path === '.');
  if (files.length === 0 && top) fail(`cannot read ${folder}: ${top.reason}`);
  for (const s of skipped) process.stderr.write(`crossread: skipped ${oneLine(s.path)}: ${oneLine(s.reason)}\n`);
  if (files.length === 0) fail(`no readable .txt or .md articles in ${folder}`);

  // A hard link to an article, from outside the folder, is that article too.
  const linked = outPath ? outIsReadFile(outPath, root, files.map((f) => f.id)) : undefined;
  if (linked) fail(`--out ${out} is the article ${linked} (a hard link to it); Crossread never replaces what it reads`);

  const index = new CorpusIndex();
  const decisions = loadDecisionsFile(root);
  index.setDecisions(decisions.decisions);
  /** Messages per file, printed one line per file. */
  const notes = new Map<string, string[]>();
  const note = (id: string, message: string) => {
    const list = notes.get(id);
    if (list) list.push(message);
    else notes.set(id, [message]);
  };
  for (const w of decisions.warnings) note('crossread.yaml', w);
  for (const w of warnings) note(w.path, w.message);
  let analysed = 0;
  for (const f of files) {
    try {
      index.setDocument(f);
      analysed++;
    } catch (err) {
      process.stderr.write(`crossread: skipped ${oneLine(f.id)}: analysis failed (${oneLine(String((err as Error)?.message ?? err))})\n`);
      notes.delete(f.id);
    }
  }
  if (analysed === 0) fail(`no article in ${folder} could be analysed`);
  let text: string;
  try {
    const snapshot = index.snapshot();
    for (const d of snapshot.documents) for (const w of d.warnings) note(d.id, w);
    // Terminal controls from file names and front matter are escaped in both (src/core/report/escape.ts).
    text = format === 'json' ? reportJsonText(snapshot) : renderMarkdown(snapshot, `Crossread report: ${folder}`);
  } catch (err) {
    fail(`the report could not be made: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
  for (const [id, list] of notes) process.stderr.write(`crossread: ${oneLine(id)}: ${oneLine(list.join('; '))}\n`);
  if (outPath) {
    try {
      writeAtomically(outPath, text);
    } catch (err) {
      fail(`cannot write ${out}: ${describeError(err)}`);
    }
  } else process.stdout.write(text);
  return 0;
}

if (require.main === module) {
  // A reader that stops early (`crossread report x | head`) is no error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => process.exit(err.code === 'EPIPE' ? 0 : 1));
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    fail(`internal error: ${String((err as Error)?.message ?? err).split('\n')[0]}`);
  }
}
