// Crossread in a real VS Code (code-server + Chromium) on a hostile corpus, generated in a temporary folder at
// setup by the same generator as the CLI's hostile tests (test/hostile/hostileCorpus.ts): empty and blank files,
// binary files named .txt, a big article, a megabyte on one line, invalid UTF-8, UTF-16 with a BOM, CRLF and lone
// CR, six scripts (Cyrillic, Greek, Arabic, Hebrew right to left, Chinese, Japanese), emoji and combining marks,
// malformed and explosive (billion laughs) front matter, a malformed crossread.yaml, symbolic link loops, a
// named pipe, odd file names; plus two valid articles of ours (a name spelt two ways, a third figure for the
// conflict) and a file without read permission.
// A person looks at it: the Output channel names every odd file with its reason (the same words as the CLI, which
// reads the same folder in this test), the Problems panel shows crossread.yaml, the status bar count is right, the
// valid articles keep their highlights, hovers and claims; then files are renamed and deleted while the whole
// index is rebuilt.
// Run: node esbuild.mjs && npx vitest run -c vitest.e2e.config.ts test/e2e/hostile.test.ts
// Screenshots: test-results/screenshots/hostile-*.png. On failure: a screenshot and the logs in
// test-results/failures/<test>/.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFolder } from '../../src/cli/readFolder';
import { makeHostileCorpus, type HostileCorpus } from '../hostile/hostileCorpus';
import { REPO_ROOT, RESULTS_DIR, openWorkbench, startCodeServer, waitFor, type CodeServer, type Workbench } from './harness';

// The big article is 4 MB, not the issue's 50 MB: it only has to be over the extension's default limit
// (crossread.maxFileSizeKB = 2048) to be skipped with its line, and writing and stat-ing 50 MB on a shared 2-core
// machine adds time for nothing more to see. The 50 MB case (skipped, and read with a higher limit) is covered by
// the CLI tests (test/cli/, test/hostile/).
const BIG_MB = 4;
const EXTENSION_LIMIT_BYTES = 2048 * 1024;
/** Running as root, file permissions do not bite: the unreadable file is left out of the corpus. */
const ROOT = process.getuid?.() === 0;

const NORTH = 'valid/north-cape-news.txt';
const NORDLYS = 'valid/nordlys-flom.txt';
const VALID: Record<string, string> = {
  [NORTH]:
    '---\nsource: North Cape News\nlang: en\n---\nEvacuation in Tromsø continues\n\n' +
    'Volunteer coordinator Dmitry Volkov said on Monday that 2,000 people were evacuated from Tromsø. Mayor Ingrid Solberg thanked the Norwegian Red Cross.\n',
  [NORDLYS]:
    '---\nsource: Nordlys\nlang: nb\n---\nFlommen i Tromsø\n\n' +
    'Frivillig koordinator Dmitrij Volkov sa mandag at 1200 mennesker ble evakuert fra Tromsø. Ordfører Ingrid Solberg takket Røde Kors.\n',
};
const LOCKED = 'locked.txt';

declare const document: any;

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LOG_ENTRY = /(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} \[(?:info|warning|warn|error|debug|trace)\])/;

/**
 * Every entry of an Output channel, read like a person would: open the channel, click into it, Ctrl+Home, then
 * Page Down until the end, noting each screenful (Monaco renders only the lines in view; long lines wrap). The
 * last Page Down waits up to 2 s for a change that does not come: that is how the end is noticed.
 * Returns "[level] message" strings, white space collapsed.
 */
async function outputEntries(wb: Workbench, channel: string): Promise<string[]> {
  await wb.runCommand('Output: Show Output Channels...');
  await wb.pickQuickItem(channel);
  const editor = wb.page.locator('.part.panel .output-view .monaco-editor').first();
  const lines = editor.locator('.view-lines');
  await lines.waitFor({ state: 'visible' });
  const screen = () =>
    lines.evaluate((root: any) =>
      [...root.querySelectorAll('.view-line')]
        .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l: any) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
        .join(''),
    );
  await waitFor(`the ${channel} channel's text`, screen);
  // Into the channel's text (the channel follows its end), to its top, then a page at a time.
  await editor.click({ position: { x: 60, y: 12 } });
  let last = await screen();
  await wb.page.keyboard.press('Control+Home');
  last = (await waitFor('the channel at its top', async () => {
    const t = await screen();
    return t !== last ? t : undefined;
  }, 3000).catch(() => last))!;
  const entries = new Set<string>();
  for (let page = 0; page < 200; page++) {
    // The first piece may be the tail of an entry that started above; the last may be cut at the bottom
    // (the next screenful has it whole).
    for (const piece of last.split(LOG_ENTRY).slice(1)) {
      const m = /^(\S+ \S+) (\[\w+\]) ([\s\S]*)$/.exec(piece);
      if (!m) continue;
      // VS Code shows warnings as [warning]; one word for them here.
      entries.add(`${m[1]} ${flat(`${m[2] === '[warning]' ? '[warn]' : m[2]} ${m[3]}`)}`);
    }
    await wb.page.keyboard.press('PageDown');
    const next = await waitFor('the channel to scroll', async () => {
      const t = await screen();
      return t !== last ? t : undefined;
    }, 2000).catch(() => undefined);
    if (next === undefined) break; // Page Down moved nothing: the end.
    last = next;
  }
  // An entry cut at the bottom of one screenful is whole on the next: keep the whole one (timestamps tell apart
  // entries with the same text).
  const all = [...entries];
  return all.filter((e) => !all.some((o) => o !== e && o.startsWith(e))).map((e) => e.replace(/^\S+ \S+ /, ''));
}

async function closePanel(wb: Workbench) {
  if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Toggle Panel Visibility');
  await wb.page.locator('.part.panel').waitFor({ state: 'hidden' });
}

/** Hover text over `text` in the active editor, scrolled into view first. */
async function hover(wb: Workbench, text: string, contains?: string | RegExp): Promise<string> {
  if (!(await wb.textBox(text))) expect(await wb.revealText(text), `${text} in the editor`).toBe(true);
  return wb.hoverText(text, { contains });
}

/** Texts under the highlights in the active editor (the characters whose middle lies inside each box). */
async function highlighted(wb: Workbench): Promise<string[]> {
  return [...new Set((await wb.decorations()).filter((d) => d.layer !== 'margin' && d.text).map((d) => d.text))];
}

const shot = (wb: Workbench, name: string) => wb.screenshot(`hostile-${name}`);

describe('Crossread on a hostile corpus (one code-server)', () => {
  let corpus: HostileCorpus | undefined;
  let cs: CodeServer | undefined;
  let wb: Workbench | undefined;
  let folder = '';
  /** What the CLI's reader makes of the same folder under the extension's default size limit. */
  let cli: ReturnType<typeof readFolder>;
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T> | T): Promise<T> => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      timings[name] = Date.now() - t;
    }
  };

  beforeAll(async () => {
    corpus = await timed('corpus', () => makeHostileCorpus({ bigMb: BIG_MB }));
    folder = corpus.dir;
    for (const [id, text] of Object.entries(VALID)) {
      mkdirSync(path.join(folder, id, '..'), { recursive: true });
      writeFileSync(path.join(folder, id), text);
    }
    if (!ROOT) {
      writeFileSync(path.join(folder, LOCKED), 'Ingrid Solberg visited Bergen.\n');
      chmodSync(path.join(folder, LOCKED), 0o000);
    } else console.log(`[hostile e2e] running as root: ${LOCKED} (no read permission) is left out, permissions do not bite root`);
    cli = readFolder(folder, { maxFileBytes: EXTENSION_LIMIT_BYTES });
    cs = await timed('codeServer', () => startCodeServer({ folder, extensionDir: REPO_ROOT, name: 'crossread-e2e-hostile' }));
    wb = await timed('workbench', () => openWorkbench(cs!.url, folder, { name: 'crossread-e2e-hostile' }));
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !cs) return;
    const slug = ctx.task.name.replace(/\W+/g, '-').slice(0, 80);
    await wb?.screenshot(`hostile-FAILED-${slug}`).catch(() => {});
    const dest = path.join(RESULTS_DIR, 'failures', `hostile-${slug}`);
    mkdirSync(dest, { recursive: true });
    cs.collectLogs(dest);
  });

  afterAll(async () => {
    await wb?.close();
    await cs?.stop();
    corpus?.cleanup();
    console.log(`[hostile e2e] timings (ms): ${JSON.stringify(timings)}`);
  });

  it('1. indexes what can be read: the status bar counts the same articles as the CLI reader', async () => {
    const expected = cli.files.length;
    // The generator's readable articles and ours; the big one is over the editor's limit.
    expect(expected).toBe(corpus!.texts.size + Object.keys(VALID).length);
    expect(cli.files.map((f) => f.id)).not.toContain('big/huge-article.txt');
    const status = await timed('indexed', () => wb!.statusBarText(/^Crossread: \d+ articles · \d+ conflicts?$/, 90_000));
    const idle = await cs!.whenIdle({ window: wb, what: `${expected} articles`, until: (s) => s.documents.length === expected });
    expect(idle.documents.sort()).toEqual(cli.files.map((f) => f.id).sort());
    await shot(wb!, '1-status');
    // The same articles as the CLI: the editor's own report (Export Report, JSON) lists the documents.
    await wb!.runCommand('Crossread: Export Report');
    await wb!.pickQuickItem('JSON');
    const input = wb!.page.locator('.quick-input-widget .quick-input-box input');
    await waitFor('the save dialog', async () => (await input.inputValue()).endsWith('crossread-report.json'));
    const file = path.join(folder, 'crossread-report.json');
    await wb!.page.keyboard.press('Enter');
    await wb!.waitForNotification(/report exported to/);
    const report = JSON.parse(await waitFor('the exported report', () => existsSync(file) && readFileSync(file, 'utf8')));
    rmSync(file);
    expect(report.documents.map((d: { id: string }) => d.id).sort()).toEqual(cli.files.map((f) => f.id).sort());
    expect(status).toBe(`Crossread: ${expected} articles · 1 conflict`);
  });

  it('2. the Output channel names every odd file with the reason the CLI gives', async () => {
    const entries = await timed('output', () => outputEntries(wb!, 'Crossread'));
    await shot(wb!, '2-output');
    const has = (re: RegExp) => entries.some((e) => re.test(e));
    const missing: string[] = [];
    const expect1 = (what: string, re: RegExp) => !has(re) && missing.push(`${what}: ${re}`);

    // Every file the CLI reader skips or warns about, in its words (the size limit names the setting instead of
    // --max-file-mb). Not visible to the editor: a file link that loops onto itself (ELOOP), which VS Code's file
    // system API leaves out of folder listings and its file search does not list; the CLI names those.
    const invisible = new Set(['self.txt', 'ping.txt', 'pong.txt']);
    for (const s of cli.skipped) {
      if (invisible.has(s.path)) continue;
      const path = escapeRe(s.path.replace(/\n/g, '\\u000a'));
      const reason =
        s.reason.startsWith('larger than the limit') ? escapeRe(s.reason.replace('raise it with --max-file-mb', 'raise crossread.maxFileSizeKB to read it'))
        // The editor cannot tell a named pipe from other special files.
        : s.reason.startsWith('not a regular file') ? 'not a regular file'
        : escapeRe(s.reason);
      expect1(s.path, new RegExp(`^\\[warn\\] skipped ${path}: ${reason}$`));
    }
    for (const w of cli.warnings) expect1(w.path, new RegExp(`^\\[warn\\] ${escapeRe(w.path)}: ${escapeRe(w.message)}$`));
    // What the engine says of files it reads (the generator's expectations for the CLI's lines).
    for (const m of corpus!.messages) {
      if (m.path === 'crossread.yaml' || cli.skipped.some((s) => s.path === m.path) || invisible.has(m.path) || m.path === 'big/huge-article.txt') continue;
      if (/^\^skipped /.test(m.message.source)) continue;
      if (/^\^left out by the default exclusions/.test(m.message.source)) continue; // said in the editor's words below
      expect1(m.path, new RegExp(`^\\[warn\\] ${m.message.source.replace(/^\^/, '')}`));
    }
    // The default exclusions (crossread.exclude) count what they leave out, with the editor's way to read it.
    expect1('README.md', /^\[info\] [^:]+: left out by the default exclusions: 1 article \(README\.md\); remove the matching patterns from the crossread\.exclude setting to read them$/);
    expect1('crossread.yaml', /^\[error\] crossread\.yaml line 3: \S.*/);
    expect1('crossread.yaml', /^\[warn\] crossread\.yaml could not be read; Crossread continues with no decisions until it is fixed\.$/);
    expect(missing, `not in the Crossread channel:\n${missing.join('\n')}\n--- channel:\n${entries.join('\n')}`).toEqual([]);

    // The list above is not empty by accident: the odd files the issue names are all there.
    for (const id of ['binary.txt', 'binary-no-nul.txt', 'utf16-no-bom.txt', 'big/huge-article.txt', 'loop', 'nest/inner/up', 'dangling.txt', 'zz-link.txt', 'pipe.txt']) {
      expect(cli.skipped.map((s) => s.path)).toContain(id);
    }
    expect(entries).toContain('[warn] skipped big/huge-article.txt: larger than the limit (4.0 MB > 2.0 MB); raise crossread.maxFileSizeKB to read it');
    expect(entries).toContain('[warn] skipped loop: symbolic link loop (back to the top folder); not followed');
    expect(entries).toContain('[warn] skipped evil\\u000aname.txt: binary file (contains NUL bytes)');
    expect(entries).toContain('[warn] invalid-utf8.txt: not valid UTF-8: 3 undecodable byte sequences shown as U+FFFD; read anyway');
    expect(has(/^\[warn\] yaml\/billion-laughs\.md: front matter could not be read: .*resource exhaustion/)).toBe(true);
    expect(has(/^\[warn\] empty\.txt: empty file: nothing to read$/)).toBe(true);
    if (!ROOT) expect(entries).toContain(`[warn] skipped ${LOCKED}: cannot read: permission denied (EACCES)`);
    // Nothing went wrong inside: no engine failure, no indexing error.
    expect(entries.filter((e) => /indexing error|not indexed|analysis failed|engine worker/.test(e))).toEqual([]);
    await closePanel(wb!);
  });

  it('3. the Problems panel shows the malformed crossread.yaml at its line', async () => {
    await wb!.runCommand('View: Toggle Problems');
    const markers = wb!.page.locator('.part.panel .markers-panel');
    await markers.waitFor({ state: 'visible' });
    const problems = await waitFor('the crossread.yaml problem', async () => {
      const t = flat(await markers.innerText());
      return t.includes('crossread.yaml') && t.includes('Flow sequence') ? t : undefined;
    });
    expect(problems).toContain('Flow sequence in block collection must be sufficiently indented and end with a ]');
    expect(problems).toMatch(/crossread\s*\[Ln 3, Col \d+\]/);
    await shot(wb!, '3-problems');
    await closePanel(wb!);
  });

  it('4. the valid articles keep their highlights, the hover with both spellings and the conflict in the Claims view', async () => {
    await wb!.openFile(NORTH);
    await wb!.waitForDecorations((n) => n > 3, undefined, 20_000);
    const marks = await highlighted(wb!);
    expect(marks).toEqual(expect.arrayContaining(['Dmitry Volkov', 'Ingrid Solberg', 'Tromsø', '2,000 people']));
    const h = await timed('hoverName', () => hover(wb!, 'Dmitry Volkov', 'spelling'));
    expect(h).toMatch(/^Dmitr(y|ij) Volkov · person · named in 2 sources/);
    expect(h).toContain('2 spellings');
    expect(h).toMatch(/^Dmitry Volkov — this article/m);
    expect(h).toMatch(/^Dmitrij Volkov — Nordlys \(nb\)/m);
    await shot(wb!, '4-hover-volkov');

    await cs!.whenIdle({ window: wb });
    await wb!.openView('Claims');
    const rows = await wb!.treeRows('Claims', { minCount: 2 });
    expect(rows[0]).toMatchObject({ label: 'Conflicts', description: '1' });
    const conflict = rows.find((r) => r.depth === 2);
    expect(conflict?.description.split(' · ').sort()).toEqual(['1,200 people', '2,000 people', '3,400 people']);
    await shot(wb!, '4-claims');
  });

  it('5. emoji and combining marks before the names: each highlight covers exactly its name', async () => {
    await wb!.openFile('emoji.md');
    await wb!.waitForDecorations((n) => n >= 5, undefined, 20_000);
    const marks = await highlighted(wb!);
    // NFD: the accents are combining marks after their letters; the emoji before are surrogate pairs and ZWJ
    // sequences. One code unit off and these would start or end inside a neighbour.
    const want = ['Ingrid Solberg', 'Jose\u0301 Marti\u0301', 'Zoe\u0308 Ha\u0308kkinen', 'Tromsø', '12 people', 'Bode\u0308 Fjord'];
    expect(marks).toEqual(expect.arrayContaining(want));
    for (const m of marks) expect(['Flood', ...want], `highlight ${JSON.stringify(m)}`).toContain(m);
    const h = await hover(wb!, 'Zoe\u0308 Ha\u0308kkinen', 'person');
    expect(h).toMatch(/^Zoe\u0308 Ha\u0308kkinen · person/);
    await shot(wb!, '5-emoji');
  });

  it('6. files renamed and deleted while the index is rebuilt: the count and the spellings follow', async () => {
    const before = cli.files.length;
    await wb!.runCommand('Crossread: Rebuild Index');
    // At once: one valid article renamed, one script article deleted. The rebuild takes about a second here, so
    // these land while it lists or reads the folder, or just after; the test does not control the interleaving
    // (readFolder's hooks do that for the CLI, test/hostile/readFolder.test.ts), it checks that any of them ends
    // in the right state.
    renameSync(path.join(folder, NORDLYS), path.join(folder, 'valid/nordlys-renamed.txt'));
    rmSync(path.join(folder, 'scripts/greek.txt'));
    const status = await timed('rebuilt', () => wb!.statusBarText(new RegExp(`^Crossread: ${before - 1} articles`), 60_000));
    expect(status).toBe(`Crossread: ${before - 1} articles · 1 conflict`);
    const idle = await cs!.whenIdle({ window: wb, what: 'the rename and the deletion', until: (s) => s.documents.includes('valid/nordlys-renamed.txt') && !s.documents.includes('scripts/greek.txt') });
    expect(idle.documents).toHaveLength(before - 1);
    expect(idle.documents).not.toContain(NORDLYS);
    // Indexed under its new name: its editor gets its highlights, and its name is still one with the English one.
    await wb!.openFile('valid/nordlys-renamed.txt');
    await waitFor('highlights in the renamed article', async () => (await highlighted(wb!)).includes('Dmitrij Volkov'));
    const h = await hover(wb!, 'Dmitrij Volkov', 'spelling');
    expect(h).toMatch(/named in 2 sources/);
    expect(h).toMatch(/^Dmitry Volkov — North Cape News \(en\)/m);
    expect(h).toMatch(/^Dmitrij Volkov — this article/m);
    // The channel says nothing went wrong (no error for the vanished files).
    const entries = await outputEntries(wb!, 'Crossread');
    expect(entries.some((e) => /rebuilding the index/.test(e))).toBe(true);
    expect(entries.filter((e) => /^\[error\]/.test(e) && !/crossread\.yaml/.test(e))).toEqual([]);
    await shot(wb!, '6-after-rebuild');
    await closePanel(wb!);
    // Commands still run after all of it: Toggle Highlights takes them off the open article.
    await wb!.runCommand('Crossread: Toggle Highlights');
    await wb!.waitForDecorations((n) => n === 0, undefined, 15_000);
    expect(await wb!.statusBarText(/^Crossread: \d+ articles/)).toBe(`Crossread: ${before - 1} articles · 1 conflict`);
  });
});
