// crossread: the reading engine in the terminal.
//   crossread report <folder> [--format md|json] [--out FILE] [--max-file-mb N]
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CorpusIndex, renderMarkdown, toReportV1 } from '../core';
import { loadDecisionsFile } from './decisionsFile';
import { readFolder } from './readFolder';

const USAGE = `usage: crossread report <folder> [--format md|json] [--out FILE] [--max-file-mb N]

Reads the .txt and .md articles under <folder> (never modifies them) and prints what the sources say:
claims (conflicts first), entities with their spellings by source, and the documents.
  --format md|json   Markdown for people (default) or the JSON contract (version 1)
  --out FILE         write the report to FILE (atomically) instead of standard output
  --max-file-mb N    skip articles larger than N megabytes (default 20)`;

function fail(message: string): never {
  process.stderr.write(`crossread: ${message}\n`);
  process.exit(2);
}

export function main(argv: string[]): number {
  const args = [...argv];
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  const command = args.shift();
  if (command !== 'report') fail(`unknown command "${command}"\n${USAGE}`);
  let folder: string | undefined;
  let format = 'md';
  let out: string | undefined;
  let maxMb = 20;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--format') format = args.shift() ?? fail('--format needs md or json');
    else if (a === '--out') out = args.shift() ?? fail('--out needs a file name');
    else if (a === '--max-file-mb') maxMb = Number(args.shift());
    else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (!folder) folder = a;
    else fail(`unexpected argument ${a}`);
  }
  if (format !== 'md' && format !== 'json') fail(`--format must be md or json, not "${format}"`);
  if (!Number.isFinite(maxMb) || maxMb <= 0) fail('--max-file-mb needs a positive number');
  if (!folder) fail('no folder given');
  const root = resolve(folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) fail(`${folder} is not a folder`);

  const { files, skipped } = readFolder(root, { maxFileBytes: maxMb * 1024 * 1024 });
  for (const s of skipped) process.stderr.write(`crossread: skipped ${s.path}: ${s.reason}\n`);
  if (files.length === 0) fail(`no readable .txt or .md articles in ${folder}`);

  const index = new CorpusIndex();
  const decisions = loadDecisionsFile(root);
  for (const w of decisions.warnings) process.stderr.write(`crossread: crossread.yaml: ${w}\n`);
  index.setDecisions(decisions.decisions);
  for (const f of files) {
    try {
      index.setDocument(f);
    } catch (err) {
      process.stderr.write(`crossread: skipped ${f.id}: analysis failed (${(err as Error).message})\n`);
    }
  }
  const snapshot = index.snapshot();
  for (const d of snapshot.documents) for (const w of d.warnings) process.stderr.write(`crossread: ${d.id}: ${w}\n`);
  const text = format === 'json' ? `${JSON.stringify(toReportV1(snapshot), null, 2)}\n` : renderMarkdown(snapshot, `Crossread report: ${folder}`);
  if (out) writeAtomically(resolve(out), text);
  else process.stdout.write(text);
  return 0;
}

export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
