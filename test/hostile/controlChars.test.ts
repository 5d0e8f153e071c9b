// Terminal control characters from front matter, file names and folder names never reach a terminal raw: ESC
// (terminal commands: clear the screen, retitle the window, rewrite lines), BEL, backspace, other C0 and C1
// controls (U+009B is a one-character CSI) and bidi overrides (U+202E makes a line read backwards). Before, they
// went raw into the Markdown report on stdout (and into a file written with --out), and bidi overrides into
// messages. Each is written as \uXXXX; the JSON report keeps the exact values (escaped JSON parses back the same).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportV1 } from '../../src/core';
import { CorpusIndex, renderMarkdown } from '../../src/core';
import { escapeControls, escapeJsonControls } from '../../src/core/report/escape';
import { oneLine } from '../../src/core/documents/decode';
import { expectNoCrash, runCli, smallCorpus } from './runCli';

/** Anything a terminal acts on, or that reorders text, except tab and line ends. */
const RAW = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SOURCE = 'Evil\u001b]0;pwned\u0007 Wire\u001b[2J\u009b31m\u202eenil\u202c';
const TITLE = 'Flood\b\b\b\bSafe\u0000 \u2066isolated\u2069';
const FOLDER = 'out\u001b[1Alet';
const FILE = `${FOLDER}/2026-03-14-\u0007bell\u202e.md`;
const ARTICLE = `---\nsource: "${SOURCE.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"\ntitle: "${TITLE.replace(/[\u0000-\u001f\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"\n---\nErik Solheim said 4000 people were evacuated from Tromsø on Monday.\n`;

let corpus: { dir: string; cleanup(): void };
beforeAll(() => {
  corpus = smallCorpus({ [FILE]: ARTICLE, [`${FOLDER}/\u001b[31mbinary.txt`]: Buffer.from([0, 1, 2, 3, 0, 0, 7, 8]) });
});
afterAll(() => corpus?.cleanup());

describe('control characters in what the CLI prints', () => {
  it('the Markdown report on stdout has none raw, and shows each as \\uXXXX', () => {
    const r = runCli(['report', corpus.dir]);
    expectNoCrash(r);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('Evil\\u001b\\]0;pwned\\u0007 Wire\\u001b\\[2J\\u009b31m\\u202eenil\\u202c');
    expect(r.stdout).toContain('Flood\\u0008\\u0008\\u0008\\u0008Safe\\u0000 \\u2066isolated\\u2069');
    expect(r.stdout).toContain('out\\u001b\\[1Alet/2026-03-14-\\u0007bell\\u202e.md');
  });

  it('the same in a report written with --out', () => {
    const out = join(corpus.dir, '..', `${corpus.dir.split('/').pop()}-report.md`);
    const r = runCli(['report', corpus.dir, '--out', out]);
    expectNoCrash(r);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toMatch(RAW);
    expect(text).toContain('\\u202eenil');
  });

  it('the JSON report escapes them too, and keeps the exact values', () => {
    const r = runCli(['report', corpus.dir, '--format', 'json']);
    expectNoCrash(r);
    expect(r.stdout).not.toMatch(RAW);
    const report = JSON.parse(r.stdout) as ReportV1;
    const doc = report.documents.find((d) => d.id === FILE)!;
    expect(doc).toMatchObject({ source: SOURCE, title: TITLE });
  });

  it('messages on stderr (a skipped file with controls in its name) have none raw', () => {
    const r = runCli(['report', corpus.dir]);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('crossread: skipped out\\u001b[1Alet/\\u001b[31mbinary.txt: binary file');
  });
});

describe('the escapes themselves', () => {
  it('escapeControls keeps tab and line ends and every ordinary character', () => {
    const ordinary = 'Tromsø — “quoted” 40 km² Ελλάδα Москва 東京 עברית العربية 👩‍👩‍👧 \t\n\r';
    expect(escapeControls(ordinary)).toBe(ordinary);
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      const escaped = escapeControls(ch);
      expect(RAW.test(escaped), `U+${c.toString(16)}`).toBe(false);
      if (escaped !== ch) expect(escaped).toBe(`\\u${c.toString(16).padStart(4, '0')}`);
    }
  });

  it('escapeJsonControls gives JSON that parses to the same value', () => {
    const value = { s: SOURCE, t: TITLE, all: Array.from({ length: 0x2100 }, (_, i) => String.fromCharCode(i)).join('') };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(RAW);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('oneLine (messages in the CLI and the editor output channel) escapes bidi overrides too', () => {
    expect(oneLine('a\u202eb\u2066c\nd')).toBe('a\\u202eb\\u2066c\\u000ad');
  });

  it('renderMarkdown escapes a source given to the engine directly', () => {
    const index = new CorpusIndex();
    index.setDocument({ id: 'x\u001b.md', text: `---\nsource: "A\\e[2JB"\n---\nErik Solheim said 40 people left Tromsø.\n` });
    const md = renderMarkdown(index.snapshot());
    expect(md).not.toMatch(RAW);
    expect(md).toContain('A\\u001b\\[2JB');
  });
});
