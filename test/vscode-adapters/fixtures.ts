// Corpora for the adapter tests: the five seed articles (read in place, never copied: CROSSREAD_SEEDS or
// ../shared/corpus/seeds beside the repository) and the repository's samples/ folder.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CorpusIndex, type CorpusSnapshot } from '../../src/core';

export const SEEDS_DIR = process.env.CROSSREAD_SEEDS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');
export const SAMPLES_DIR = path.resolve(__dirname, '..', '..', 'samples');
export const haveSeeds = existsSync(SEEDS_DIR);

export interface Loaded {
  snapshot: CorpusSnapshot;
  texts: Map<string, string>;
  text: (doc: string) => string | undefined;
  index: CorpusIndex;
}

export function loadFolder(root: string, exts = ['.txt', '.md']): Loaded {
  const texts = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (exts.some((e) => name.endsWith(e)) && name !== 'README.md') texts.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full, 'utf8').replace(/^\uFEFF/, ''));
    }
  };
  walk(root);
  const index = new CorpusIndex();
  for (const [id, text] of texts) index.setDocument({ id, text });
  return { snapshot: index.snapshot(), texts, text: (d) => texts.get(d), index };
}

let seeds: Loaded | undefined;
export function loadSeeds(): Loaded {
  seeds ??= loadFolder(SEEDS_DIR);
  return seeds;
}

/** Offset of the n-th occurrence of `needle` in a document. */
export function offsetOf(loaded: Loaded, doc: string, needle: string, nth = 0): number {
  const text = loaded.texts.get(doc);
  if (text === undefined) throw new Error(`no document ${doc}`);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in ${doc}`);
  }
  return at;
}

/** Markdown as a reader sees it: escapes resolved, emphasis markers dropped, links reduced to their text. */
export function rendered(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '\\' && i + 1 < markdown.length) {
      out += markdown[++i];
    } else if (c === '*') {
      continue;
    } else if (c === ']' && markdown[i + 1] === '(') {
      // end of a link text: skip the destination
      let depth = 0;
      for (i = i + 1; i < markdown.length; i++) {
        if (markdown[i] === '(') depth++;
        else if (markdown[i] === ')' && --depth === 0) break;
      }
    } else if (c === '[') {
      continue;
    } else out += c;
  }
  return out;
}

/** The JSON arguments of every command link in a Markdown text. */
export function commandLinks(markdown: string): { command: string; args: unknown[] }[] {
  const out: { command: string; args: unknown[] }[] = [];
  for (const m of markdown.matchAll(/\(command:([\w.]+)\?([^ )]+)/g)) out.push({ command: m[1]!, args: JSON.parse(decodeURIComponent(m[2]!)) });
  return out;
}
