// Reads a folder of article files for the CLI, the evaluation and the benchmarks (Node only).
// Never writes; anything it cannot read is reported and skipped.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from '../core/model';

export interface ReadOptions {
  extensions?: string[];
  maxFileBytes?: number;
  exclude?: RegExp;
}

export interface ReadResult {
  files: SourceFile[];
  skipped: { path: string; reason: string }[];
}

/** Tool folders, and a folder's own documentation (README, CHANGELOG, LICENSE), are not articles. */
const DEFAULT_EXCLUDE = /(^|\/)(node_modules|\.git|\.vscode-test|dist|out|test-results)(\/|$)|(^|\/)(README|CHANGELOG|LICENSE|CONTRIBUTING)(\.[a-z]+)?$/i;

export function readFolder(root: string, options: ReadOptions = {}): ReadResult {
  const extensions = options.extensions ?? ['.txt', '.md'];
  const maxBytes = options.maxFileBytes ?? 20 * 1024 * 1024;
  const exclude = options.exclude ?? DEFAULT_EXCLUDE;
  const files: SourceFile[] = [];
  const skipped: ReadResult['skipped'] = [];
  const seenDirs = new Set<string>();

  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (err) {
      skipped.push({ path: rel(dir), reason: `cannot resolve folder: ${code(err)}` });
      return;
    }
    if (seenDirs.has(real)) {
      skipped.push({ path: rel(dir), reason: 'folder already visited (symbolic link loop)' });
      return;
    }
    seenDirs.add(real);
    let entries: string[];
    try {
      entries = readdirSync(dir).sort();
    } catch (err) {
      skipped.push({ path: rel(dir), reason: `cannot list folder: ${code(err)}` });
      return;
    }
    for (const name of entries) {
      const path = join(dir, name);
      const id = rel(path);
      if (exclude.test(id)) continue;
      let st;
      try {
        st = lstatSync(path);
        if (st.isSymbolicLink()) st = statSync(path);
      } catch (err) {
        skipped.push({ path: id, reason: `cannot read: ${code(err)}` });
        continue;
      }
      if (st.isDirectory()) {
        walk(path);
        continue;
      }
      if (!st.isFile() || !extensions.some((e) => name.toLowerCase().endsWith(e))) continue;
      if (st.size > maxBytes) {
        skipped.push({ path: id, reason: `larger than the limit (${mb(st.size)} > ${mb(maxBytes)})` });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (err) {
        skipped.push({ path: id, reason: `cannot read: ${code(err)}` });
        continue;
      }
      const decoded = decodeText(bytes);
      if ('error' in decoded) {
        skipped.push({ path: id, reason: decoded.error });
        continue;
      }
      files.push({ id, text: decoded.text });
    }
  };
  const rel = (p: string) => relative(root, p).split(sep).join('/') || '.';
  walk(root);
  return { files, skipped };
}

/** UTF-8 (BOM dropped, invalid bytes replaced) or UTF-16 with a BOM; files with NUL bytes are binary. */
export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(start)) };
}

function code(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? String(e?.message ?? err);
}

function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
