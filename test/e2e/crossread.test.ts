// Crossread in a real VS Code (code-server + Chromium), driven like a reader would: the five seed articles
// (one story, five outlets, Norwegian and English) are copied to a temp folder; the tests open them, hover
// names and figures, read the Claims and Entities views, run every palette command, edit, add and delete
// articles, and break crossread.yaml. One code-server and browser serve scenarios 1-5 (in order: they build
// on each other); scenario 6 starts its own with a malformed crossread.yaml.
// Run: node esbuild.mjs && npx vitest run -c vitest.e2e.config.ts test/e2e/crossread.test.ts
// Screenshots: test-results/screenshots/crossread-*.png. On failure: a screenshot and the logs in
// test-results/failures/<test>/.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { REPO_ROOT, RESULTS_DIR, SCREENSHOT_DIR, openWorkbench, startCodeServer, waitFor, type CodeServer, type Workbench } from './harness';

declare const document: any;
declare function getComputedStyle(el: unknown): { opacity: string };

const SEEDS = process.env.CROSSREAD_SEEDS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');
const NO = '000_519756dfe0227828.txt'; // Norwegian (NRK-like)
const EN1 = '001_84b7119ad7241409.txt';
const EN2 = '002_996857314e13981d.txt';
const EN3 = '003_814d9f0902f2fda0.txt';
const EN4 = '004_d60922b307c76c22.txt';
const src = (file: string) => file.replace(/\.txt$/, ''); // the source label's name part: "000_519756dfe0227828 (nb)"

/** A fresh, writable copy of the seed articles (never the originals: tests write next to them). */
function copySeeds(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crossread-e2e-'));
  for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
    copyFileSync(path.join(SEEDS, f), path.join(dir, f));
    chmodSync(path.join(dir, f), 0o644);
  }
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return dir;
}

// ------------------------------------------------------------------------------------------ page helpers
/** Quick pick rows with their description/detail text (innerText), top to bottom. */
async function quickRows(wb: Workbench): Promise<{ index: number; label: string; text: string; separator: boolean }[]> {
  await wb.quickInput.waitFor({ state: 'visible' });
  return wb.page.evaluate(() =>
    [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')]
      .sort((a: any, b: any) => Number(a.getAttribute('data-index')) - Number(b.getAttribute('data-index')))
      .map((r: any) => {
        // The first icon label is the row's label (a second one holds the detail line).
        const first = r.querySelector('.monaco-icon-label') || r;
        const parts = [...first.querySelectorAll('.monaco-icon-name-container, .monaco-icon-suffix-container')];
        const label = parts.map((e: any) => e.textContent || '').join('').replace(/\u00a0/g, ' ').trim();
        return { index: Number(r.getAttribute('data-index')), label, text: (r.innerText || '').replace(/\s+/g, ' ').trim(), separator: !label };
      }),
  );
}

/** Waits until the quick pick shows a row whose label matches. */
async function waitForQuickRow(wb: Workbench, label: string | RegExp, timeoutMs = 15_000) {
  return waitFor(`quick pick row ${label}`, async () => {
    const rows = await quickRows(wb);
    return rows.some((r) => (typeof label === 'string' ? r.label === label : label.test(r.label))) ? rows : undefined;
  }, timeoutMs);
}

/** Ticks the checkbox of the row labelled `label` in a multi-select quick pick. */
async function checkQuickRow(wb: Workbench, label: string) {
  const rows = await waitForQuickRow(wb, label);
  const row = wb!.page.locator(`.quick-input-widget .quick-input-list .monaco-list-row[data-index="${rows.find((r) => r.label === label)!.index}"]`);
  await row.locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-checkbox').first().click();
  await waitFor(`${label} ticked`, () =>
    row.evaluate((r: any) => {
      const c = r.querySelector('input[type=checkbox]');
      const box = r.querySelector('.monaco-checkbox');
      return c ? c.checked : box ? box.classList.contains('checked') || box.getAttribute('aria-checked') === 'true' : false;
    }),
  );
}

/** Accepts a multi-select quick pick with its OK button. */
async function clickOk(wb: Workbench) {
  await wb.page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first().click();
  await wb.quickInput.waitFor({ state: 'hidden' });
}

/** The quick input's placeholder / title text (what the command asks). */
async function quickPlaceholder(wb: Workbench): Promise<string> {
  return (await wb.page.locator('.quick-input-widget .quick-input-box input').getAttribute('placeholder')) ?? '';
}

/** Screen box of `text` in the active editor, scrolled into view (vertically and horizontally) first when needed. */
async function visibleBox(wb: Workbench, text: string, nth = 0) {
  const editorBox = await wb.activeEditor().locator('.overflow-guard').boundingBox();
  const inside = (b: { x: number; y: number; width: number; height: number } | null) =>
    !!b && !!editorBox && b.x >= editorBox.x && b.x + b.width <= editorBox.x + editorBox.width - 14 && b.y >= editorBox.y && b.y + b.height <= editorBox.y + editorBox.height - 14;
  let box = await wb.textBox(text, nth);
  if (!inside(box)) {
    if (nth !== 0) throw new Error(`occurrence #${nth} of ${text} is not on screen`);
    expect(await wb.revealText(text), `${text} in the editor`).toBe(true);
    box = await waitFor(`${text} on screen`, async () => {
      const b = await wb.textBox(text, 0);
      return inside(b) ? b : undefined;
    }, 5000);
  }
  return box!;
}

/** Clicks into the middle of `text`: the cursor is on that word. */
async function cursorOn(wb: Workbench, text: string, nth = 0) {
  const box = await visibleBox(wb, text, nth);
  await wb.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  // A click on a word may start a hover: move away so it does not cover what the next step looks at.
  await wb.page.mouse.move(5, 5);
}

/** Hover text over `text` (scrolled into view first). */
async function hover(wb: Workbench, text: string, contains?: string | RegExp, nth = 0): Promise<string> {
  await visibleBox(wb, text, nth);
  const t = await wb.hoverText(text, { nth, contains });
  // Done fading in (screenshots show it crisp).
  await wb.page.waitForFunction(() =>
    [...document.querySelectorAll('.monaco-editor .monaco-hover')].every((e: any) => e.getAnimations({ subtree: true }).length === 0 && getComputedStyle(e).opacity === '1'),
  );
  return t;
}

/** Texts under the decorations of the active editor (rendered lines only). */
async function decoratedTexts(wb: Workbench): Promise<string[]> {
  return (await wb.decorations()).map((d) => d.text.trim()).filter(Boolean);
}

/** Expands or folds a tree row by its label with its twistie (a click on the label runs the item's command). */
async function toggleTreeRow(wb: Workbench, view: string, label: string | RegExp) {
  const pane = wb.viewPane(view);
  const row = pane
    .locator('.pane-body .monaco-list-row')
    .filter({ has: wb.page.locator('.monaco-icon-name-container', { hasText: label }) })
    .first();
  const was = await row.getAttribute('aria-expanded');
  await row.locator('.monaco-tl-twistie').click();
  await waitFor(`${label} ${was === 'true' ? 'folded' : 'expanded'}`, async () => (await row.getAttribute('aria-expanded')) !== was);
  return row;
}

/** Opens the Output panel on a channel and returns its rendered text. */
async function outputText(wb: Workbench, channel: string, contains?: RegExp): Promise<string> {
  await wb.runCommand('Output: Show Output Channels...');
  await wb.pickQuickItem(channel);
  const lines = wb.page.locator('.part.panel .output-view .monaco-editor .view-lines');
  await lines.waitFor({ state: 'visible' });
  return waitFor(`output channel ${channel}${contains ? ` with ${contains}` : ''}`, async () => {
    const t = await lines.evaluate((root: any) =>
      [...root.querySelectorAll('.view-line')]
        .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l: any) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n'),
    );
    // The Output view wraps long lines (at spaces): one space for any run of white space.
    const flat = t.replace(/\s+/g, ' ');
    return !contains || contains.test(flat) ? flat : '';
  });
}

async function closePanel(wb: Workbench) {
  if (await wb.page.locator('.part.panel').isVisible()) await wb.runCommand('View: Toggle Panel Visibility');
  await wb.page.locator('.part.panel').waitFor({ state: 'hidden' });
}

/** Screenshot of a scenario, named crossread-<name>.png. */
const shot = (wb: Workbench, name: string) => wb.screenshot(`crossread-${name}`);

type Box = { x: number; y: number; width: number; height: number };
/** A cropped screenshot (for the README): the union of `boxes`, with a margin, named crossread-<name>.png. */
async function shotOf(wb: Workbench, name: string, boxes: (Box | null)[], margin = 12): Promise<string> {
  const bs = boxes.filter((b): b is Box => !!b);
  const vp = wb.page.viewportSize()!;
  const x0 = Math.max(0, Math.min(...bs.map((b) => b.x)) - margin);
  const y0 = Math.max(0, Math.min(...bs.map((b) => b.y)) - margin);
  const x1 = Math.min(vp.width, Math.max(...bs.map((b) => b.x + b.width)) + margin);
  const y1 = Math.min(vp.height, Math.max(...bs.map((b) => b.y + b.height)) + margin);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `crossread-${name}.png`);
  await wb.page.screenshot({ path: file, clip: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } });
  return file;
}

/** The visible editor hover's screen box. */
async function hoverBox(wb: Workbench): Promise<Box | null> {
  return wb.page.locator('.monaco-editor .monaco-hover:not(.hidden)').filter({ visible: true }).first().boundingBox();
}

/** Drags the side bar's edge so tree labels and descriptions fit (a person would do the same). */
async function widenSideBar(wb: Workbench, width: number) {
  const bar = wb.page.locator('.part.sidebar');
  const box = (await bar.boundingBox())!;
  if (box.width >= width) return;
  const y = box.y + box.height / 2;
  const edge = box.x + box.width;
  await wb.page.mouse.move(edge + 1, y);
  await wb.page.mouse.down();
  await wb.page.mouse.move(edge + (width - box.width) / 2, y, { steps: 5 });
  await wb.page.mouse.move(box.x + width + 1, y, { steps: 5 });
  await wb.page.mouse.up();
  await waitFor('a wider side bar', async () => ((await bar.boundingBox())?.width ?? 0) >= width - 8, 5000);
}

function failureHook(get: () => { wb?: Workbench; cs?: CodeServer }) {
  return async (ctx: { task: { name: string; result?: { state?: string } } }) => {
    const { wb, cs } = get();
    if (ctx.task.result?.state !== 'fail' || !cs) return;
    const slug = ctx.task.name.replace(/\W+/g, '-').slice(0, 80);
    await wb?.screenshot(`crossread-FAILED-${slug}`).catch(() => {});
    const dest = path.join(RESULTS_DIR, 'failures', slug);
    mkdirSync(dest, { recursive: true });
    cs.collectLogs(dest);
  };
}

// =========================================================================================== scenarios 1-5
describe('Crossread on the seed articles (one code-server for scenarios 1-5)', () => {
  let cs: CodeServer | undefined;
  let wb: Workbench | undefined;
  let folder = '';
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t = Date.now();
    try {
      return await fn();
    } finally {
      timings[name] = Date.now() - t;
    }
  };

  beforeAll(async () => {
    folder = copySeeds();
    cs = await timed('codeServer', () => startCodeServer({ folder, extensionDir: REPO_ROOT, name: 'crossread-e2e' }));
    wb = await timed('workbench', () => openWorkbench(cs!.url, folder, { name: 'crossread-e2e' }));
  });

  afterEach(failureHook(() => ({ wb, cs })));

  afterAll(async () => {
    await wb?.close();
    await cs?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
    console.log(`[crossread e2e] timings (ms): ${JSON.stringify(timings)}`);
  });

  it('1. indexes the corpus: status bar count and conflicts; highlights in the Norwegian article', async () => {
    const status = await timed('indexed', () => wb!.statusBarText(/^Crossread: 5 articles · \d+ conflicts?$/, 60_000));
    expect(status).toBe('Crossread: 5 articles · 1 conflict');
    // What the scenarios read is the exact view of the whole folder.
    const idle = await cs!.whenIdle({ window: wb, what: '5 articles', until: (s) => s.documents.length === 5 });
    expect(idle.conflicts).toBe(1);

    await timed('openFile', () => wb!.openFile(NO));
    expect(await wb!.tabs()).toContain(NO);
    const n = await wb!.waitForDecorations((k) => k > 10, undefined, 20_000);
    expect(n).toBeGreaterThan(10);
    const top = await decoratedTexts(wb!);
    expect(top).toContain('6000 kvadratkilometer');
    expect(top).toEqual(expect.arrayContaining(['Volodymyr Zelenskyj', 'Reuters']));
    await shot(wb!, '1-highlights');

    // "Paljuga" is further down: scroll to it like a reader would.
    await visibleBox(wb!, 'Paljuga');
    const around = await waitFor('decorations on Paljuga', async () => {
      const t = await decoratedTexts(wb!);
      return t.some((s) => /Paljuga/.test(s)) ? t : undefined;
    });
    expect(around.filter((s) => /Paljuga/.test(s)).length).toBeGreaterThanOrEqual(1);
    await shot(wb!, '1-highlights-paljuga');
  });

  it('2. hover cards: every spelling of Palyuga with its sources; what the others report for 6000 km²', async () => {
    const h = await timed('hoverName', () => hover(wb!, 'Paljuga', 'spellings'));
    expect(h).toMatch(/^Dmytro Palyuga · person · named in 3 sources/);
    expect(h).toContain('6 spellings');
    // Each spelling with the documents that use it; this article's own spelling is "this article".
    expect(h).toMatch(new RegExp(`Dmitry Palyuga — ${src(EN2)} \\(en\\)`));
    expect(h).toMatch(new RegExp(`Dmytro Palyuga — ${src(EN4)} \\(en\\)`));
    expect(h).toMatch(new RegExp(`^Palyug — ${src(EN4)} \\(en\\)`, 'm'));
    expect(h).toMatch(/^Paljuga — this article/m);
    expect(h).toMatch(/Dmitrij Paljuga — this article/);
    await shot(wb!, '2-hover-paljuga');
    await shotOf(wb!, 'doc-hover-name', [await hoverBox(wb!), await wb!.textBox('Paljuga')]);

    const f = await timed('hoverFigure', () => hover(wb!, '6000', 'km²'));
    expect(f).toMatch(/^6,000 km² — “6000 kvadratkilometer”/);
    expect(f).toContain('counts:');
    // The verdict and what each source says (values converted to km²).
    expect(f).toMatch(/Differing but compatible — \S+: 3 sources/);
    expect(f).toMatch(/this figure: 6,000 km²/);
    expect(f).toContain(`${src(EN3)} (en): more than 3,004 km² (1,160 square miles = 3,004 km²)`);
    expect(f).toContain(`${src(EN2)} (en): more than 2,590 km² (1,000 square miles = 2,590 km²)`);
    expect(f).toContain('more than a thousand square miles'); // 002's own words, quoted
    expect(f).toContain('Compare the sources side by side');
    await shot(wb!, '2-hover-6000');
    await shotOf(wb!, 'doc-hover-figure', [await hoverBox(wb!), await wb!.textBox('6000 kvadratkilometer')]);
  });

  it('3. Claims view lists the petition-signatory conflict with every figure; Entities lists names with their spellings', async () => {
    await wb!.openView('Claims');
    await widenSideBar(wb!, 560);
    let rows = await wb!.treeRows('Claims', { minCount: 4 });
    expect(rows[0]).toMatchObject({ label: 'Conflicts', description: '1', depth: 1, expanded: true });
    const claim = rows.find((r) => r.label === 'Signatories');
    expect(claim, JSON.stringify(rows)).toMatchObject({ depth: 2, expanded: false, description: '19 people · more than 40 people · 19 people · more than 40 people · 65 people' });
    expect(rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Differing but compatible', 'Corroborated']));

    await toggleTreeRow(wb!, 'Claims', /^Signatories$/);
    rows = await waitFor('the signatory figures', async () => {
      const r = await wb!.treeRows('Claims');
      return r.filter((x) => x.depth === 3).length >= 5 ? r : undefined;
    });
    const figures = rows.filter((r) => r.depth === 3);
    expect(figures.map((r) => r.label)).toEqual([
      `${src(NO)} (nb): 19 people`,
      `${src(EN2)} (en): more than 40 people`,
      `${src(EN2)} (en): 19 people`,
      `${src(EN2)} (en): more than 40 people`,
      `${src(EN4)} (en): 65 people`,
    ]);
    // Each figure with the sentence it comes from.
    expect(figures[0]!.description).toContain('19 ulike lokalpolitikere');
    expect(figures[4]!.description).toContain('65 municipal representatives');
    await shot(wb!, '3-claims');
    await shotOf(wb!, 'doc-claims', [await wb!.viewPane('Claims').boundingBox()], 0);

    // Entities: fold the Claims pane away so the list has room.
    await wb!.viewPane('Claims').locator('.pane-header').first().click();
    const entities = await wb!.treeRows('Entities', { minCount: 6 });
    const byLabel = new Map(entities.map((r) => [r.label, r]));
    expect(byLabel.get('Vladimir Putin')?.description).toBe('person · 2 spellings · 5 sources');
    expect(byLabel.get('Dmytro Palyuga')?.description).toBe('person · 6 spellings · 3 sources');
    expect(entities[0]!.label).toBe('Vladimir Putin'); // most widely named first
    await toggleTreeRow(wb!, 'Entities', /^Dmytro Palyuga$/);
    const spellings = await waitFor('the spellings of Palyuga', async () => {
      const r = await wb!.treeRows('Entities');
      const i = r.findIndex((x) => x.label === 'Dmytro Palyuga');
      const kids = r.slice(i + 1).filter((x, k, all) => x.depth === 2 && all.slice(0, k).every((y) => y.depth >= 2));
      return kids.length >= 6 ? kids : undefined;
    });
    expect(spellings.map((s) => s.label).sort()).toEqual(['Dmitrij Paljuga', 'Dmitry Palyuga', 'Dmytro Palyuga', 'Paljuga', 'Palyug', 'Palyuga']);
    expect(spellings.find((s) => s.label === 'Dmitry Palyuga')?.description).toBe(`${src(EN2)} (en)`);
    expect(spellings.find((s) => s.label === 'Paljuga')?.description).toBe(`${src(NO)} (nb)`);
    await shot(wb!, '3-entities');
    const entitiesPane = (await wb!.viewPane('Entities').boundingBox())!;
    await shotOf(wb!, 'doc-entities', [{ ...entitiesPane, height: Math.min(entitiesPane.height, 480) }], 0);
    // Leave the side bar as it was: Claims open again, Palyuga folded.
    await toggleTreeRow(wb!, 'Entities', /^Dmytro Palyuga$/);
    await wb!.viewPane('Claims').locator('.pane-header').first().click();
  });

  describe('4. every Crossread command from the palette', () => {
    it('List Contradictions: the conflicts, then each source’s figure; picking one opens that article there', async () => {
      await wb!.runCommand('Crossread: List Contradictions');
      const rows = await waitForQuickRow(wb!, 'signatories: 3 sources');
      expect(rows.map((r) => r.label)).toEqual(['signatories: 3 sources']); // the only conflict
      expect(rows[0]!.text).toContain('Conflict');
      await shot(wb!, '4-list-contradictions');
      await wb!.pickQuickItem('signatories: 3 sources');
      const second = await waitForQuickRow(wb!, `${src(EN4)} (en): 65 people`);
      expect(second.map((r) => r.label)).toEqual([
        'Open Sources Side by Side',
        `${src(NO)} (nb): 19 people`,
        `${src(EN2)} (en): more than 40 people`,
        `${src(EN2)} (en): 19 people`,
        `${src(EN2)} (en): more than 40 people`,
        `${src(EN4)} (en): 65 people`,
      ]);
      expect(await quickPlaceholder(wb!)).toMatch(/^Conflict: /);
      await shot(wb!, '4-list-contradictions-figures');
      await wb!.pickQuickItem(`${src(EN4)} (en): 65 people`);
      await wb!.waitForActiveTab(EN4);
      expect(await wb!.editorText()).toContain('65 municipal representatives');
    });

    it('Find Entity: fuzzy search over every spelling; picking one opens it with all mentions in a peek', async () => {
      await wb!.runCommand('Crossread: Find Entity');
      // The command's own quick pick opens after the palette closes: type only once it asks.
      await waitFor('the Find Entity input', async () => (await wb!.quickInput.isVisible()) && (await quickPlaceholder(wb!)).startsWith('Find a name in any spelling'));
      await wb!.page.keyboard.type('Paljga'); // a typo: fuzzy search still finds the name
      const rows = await waitForQuickRow(wb!, 'Dmitry Palyuga');
      const labels = rows.map((r) => r.label);
      expect(labels.slice(0, 8)).toEqual(expect.arrayContaining(['Paljuga', 'Dmitrij Paljuga', 'Palyuga']));
      expect(rows.find((r) => r.label === 'Dmitry Palyuga')!.text).toContain(`${src(EN2)} (en)`);
      await shot(wb!, '4-find-entity');
      await wb!.pickQuickItem('Dmitry Palyuga');
      await wb!.waitForActiveTab(EN2);
      const peek = wb!.page.locator('.zone-widget .peekview-widget').filter({ visible: true }).first();
      await peek.waitFor({ state: 'visible' });
      // Every mention of the entity, across the three articles, in the references peek.
      await waitFor('the peek’s file list', async () => {
        const t = (await peek.innerText()).replace(/\s+/g, ' ');
        return [NO, EN2, EN4].every((f) => t.includes(f)) ? t : undefined;
      });
      await shot(wb!, '4-find-entity-peek');
      await wb!.pressEscapeUntilHidden(peek);
    });

    it('Show Variants at Cursor: the spellings of the name under the cursor, each with its source', async () => {
      await wb!.openFile(NO);
      await cursorOn(wb!, 'Paljuga');
      await wb!.runCommand('Crossread: Show Variants at Cursor');
      const rows = await waitForQuickRow(wb!, 'Dmytro Palyuga');
      expect(await quickPlaceholder(wb!)).toBe('Dmytro Palyuga (person): 6 spellings in 3 sources');
      const items = rows.filter((r) => !r.separator);
      expect(items.find((r) => r.label === 'Dmitry Palyuga')?.text).toContain(`${src(EN2)} (en)`);
      expect(items.find((r) => r.label === 'Palyug')?.text).toContain(`${src(EN4)} (en)`);
      // The spelling under the cursor is marked (an arrow icon before it).
      expect(items.find((r) => r.label === 'Dmitrij Paljuga' || r.label === 'Paljuga')).toBeTruthy();
      await shot(wb!, '4-show-variants');
      await wb!.pickQuickItem('Dmytro Palyuga');
      await wb!.waitForActiveTab(EN4);
      expect(await wb!.editorText()).toContain('Dmytro Palyuga');
    });

    it('Open Sources Side by Side: a webview with one column per source for the figure under the cursor', async () => {
      await wb!.openFile(NO);
      await cursorOn(wb!, '6000');
      await wb!.runCommand('Crossread: Open Sources Side by Side');
      await waitFor('the Compare tab', async () => (await wb!.tabs()).find((t) => t.startsWith('Compare: ')));
      const frame = wb!.page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const body = frame.locator('body');
      await frame.locator('.columns').waitFor({ state: 'visible', timeout: 20_000 });
      const text = (await body.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('Differing but compatible · 3 sources, 3 figures');
      expect(text).toContain('6000 kvadratkilometer');
      expect(text).toContain('1,160 square miles = 3,004 km²');
      expect(text).toContain('1,000 square miles = 2,590 km²');
      for (const f of [NO, EN2, EN3]) expect(text).toContain(src(f));
      await shot(wb!, '4-side-by-side');
      await wb!.runCommand('View: Close All Editor Groups');
      await waitFor('no editors', async () => (await wb!.tabs()).length === 0);
    });

    it('Export Report: JSON through the save dialog, on disk, the same as the CLI prints', async () => {
      await wb!.runCommand('Crossread: Export Report');
      const rows = await waitForQuickRow(wb!, 'JSON');
      expect(rows.map((r) => r.label)).toEqual(['Markdown', 'JSON']);
      await wb!.pickQuickItem('JSON');
      // code-server's save dialog is a quick input holding the path: accept the default.
      const input = wb!.page.locator('.quick-input-widget .quick-input-box input');
      await waitFor('the save dialog', async () => (await input.inputValue()).endsWith('crossread-report.json'));
      expect(await input.inputValue()).toBe(path.join(folder, 'crossread-report.json'));
      await shot(wb!, '4-export-save-dialog');
      await wb!.page.keyboard.press('Enter');
      const msg = await wb!.waitForNotification(/report exported to/);
      expect(msg).toBe('Crossread: report exported to crossread-report.json.');
      const file = path.join(folder, 'crossread-report.json');
      await waitFor('the exported file', () => existsSync(file));
      const report = JSON.parse(readFileSync(file, 'utf8'));
      expect(report.version).toBe(1);
      expect(report.documents).toHaveLength(5);
      expect(report.claims.filter((c: { verdict: string }) => c.verdict === 'conflict')).toHaveLength(1);
      // Byte for byte what the command line tool prints for the same folder.
      const cli = execFileSync(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'report', folder, '--format', 'json'], { encoding: 'utf8' });
      expect(readFileSync(file, 'utf8')).toBe(cli);
      await shot(wb!, '4-export-done');
      rmSync(file);
    });

    it('Rebuild Index: re-reads every article (Output channel) and comes back to the same counts', async () => {
      await wb!.runCommand('Crossread: Rebuild Index');
      const out = await outputText(wb!, 'Crossread', /rebuilding the index[\s\S]*indexed 5 articles/);
      expect(out).toMatch(/\[info\] rebuilding the index/);
      expect(out.slice(out.lastIndexOf('rebuilding the index'))).toMatch(/indexed 5 articles in \d+ ms/);
      expect(await wb!.statusBarText('Crossread: 5 articles · 1 conflict')).toBe('Crossread: 5 articles · 1 conflict');
      await shot(wb!, '4-rebuild-index');
      await closePanel(wb!);
    });

    it('Toggle Highlights: the decorations go, and come back', async () => {
      await wb!.openFile(NO);
      const before = await wb!.waitForDecorations((k) => k > 10);
      await wb!.runCommand('Crossread: Toggle Highlights');
      await wb!.statusBarText('Crossread: highlights off');
      expect(await wb!.waitForDecorations((k) => k === 0)).toBe(0);
      await shot(wb!, '4-toggle-highlights-off');
      await wb!.runCommand('Crossread: Toggle Highlights');
      await wb!.statusBarText('Crossread: highlights on');
      expect(await wb!.waitForDecorations((k) => k === before)).toBe(before);
    });

    it('Mark as Same Entity: Smolninskij = Smolensk, written to crossread.yaml and shown in the hover', async () => {
      await cursorOn(wb!, 'Smolninskij');
      await wb!.runCommand('Crossread: Mark as Same Entity');
      await waitFor('the Mark as Same Entity input', async () => (await wb!.quickInput.isVisible()) && (await quickPlaceholder(wb!)) === 'Which entities are the same as “Smolninskij”?');
      await waitForQuickRow(wb!, 'Vladimir Putin'); // the most widely named first
      await wb!.page.keyboard.type('Smolensk');
      await checkQuickRow(wb!, 'Smolensk');
      await shot(wb!, '4-mark-same');
      await clickOk(wb!);
      const msg = await wb!.waitForNotification(/marked as the same entity/);
      expect(msg).toBe('Crossread: Smolninskij = Smolensk are marked as the same entity (saved in crossread.yaml).');
      const yaml = parseYaml(readFileSync(path.join(folder, 'crossread.yaml'), 'utf8'));
      expect(yaml.same).toEqual([['Smolninskij', 'Smolensk']]);
      // The notification's button opens the file.
      await wb!.page.locator('.notifications-toasts .monaco-button', { hasText: 'Open crossread.yaml' }).first().click();
      await wb!.waitForActiveTab('crossread.yaml');
      expect(await wb!.editorText()).toContain('[ Smolninskij, Smolensk ]');
      await shot(wb!, '4-mark-same-yaml');
      await wb!.openFile(NO);
      const h = await waitFor('Smolensk in the Smolninskij hover', async () => {
        const t = await hover(wb!, 'Smolninskij', 'spelling');
        return /^Smolensk — /m.test(t) ? t : undefined;
      });
      expect(h).toMatch(new RegExp(`^Smolensk — ${src(EN4)} \\(en\\)`, 'm'));
    });

    it('Mark as Different Entities: Palyug is not Paljuga; the hover drops that spelling', async () => {
      await cursorOn(wb!, 'Paljuga', 0);
      await wb!.runCommand('Crossread: Mark as Different Entities');
      const rows = await waitForQuickRow(wb!, 'Palyug');
      expect(rows.map((r) => r.label).sort()).toEqual(['Dmitry Palyuga', 'Dmytro Palyuga', 'Paljuga', 'Palyug', 'Palyuga']);
      expect(await quickPlaceholder(wb!)).toBe('Which spellings are NOT “Dmitrij Paljuga”?');
      await checkQuickRow(wb!, 'Palyug');
      await shot(wb!, '4-mark-different');
      await clickOk(wb!);
      const msg = await wb!.waitForNotification(/marked as different/);
      expect(msg).toBe('Crossread: Palyug is marked as different from Dmitrij Paljuga (saved in crossread.yaml).');
      const yaml = parseYaml(readFileSync(path.join(folder, 'crossread.yaml'), 'utf8'));
      expect(yaml.same).toEqual([['Smolninskij', 'Smolensk']]); // the earlier decision is kept
      expect(yaml.different).toEqual([['Dmitrij Paljuga', 'Palyug']]);
      const h = await waitFor('the Paljuga hover without Palyug', async () => {
        const t = await hover(wb!, 'Paljuga', 'spelling');
        return /^Palyuga — /m.test(t) && !/^Palyug — /m.test(t) ? t : undefined;
      });
      expect(h).toContain('5 spellings');
      await shot(wb!, '4-mark-different-hover');
    });

    it('Ignore Figure: the figure under the cursor loses its highlight and leaves its claim', async () => {
      await wb!.runCommand('View: Close All Editor Groups');
      await wb!.openFile(NO);
      await cursorOn(wb!, '6000');
      expect(await decoratedTexts(wb!)).toContain('6000 kvadratkilometer');
      await wb!.runCommand('Crossread: Ignore Figure');
      const msg = await wb!.waitForNotification(/is ignored/);
      expect(msg).toBe(`Crossread: “6000 kvadratkilometer” (6,000 km²) in ${NO} is ignored (saved in crossread.yaml).`);
      const yaml = parseYaml(readFileSync(path.join(folder, 'crossread.yaml'), 'utf8'));
      expect(yaml.ignore_figures).toEqual([{ doc: NO, text: '6000 kvadratkilometer', start: expect.any(Number) }]);
      await waitFor('the 6000 highlight gone', async () => {
        const t = await decoratedTexts(wb!);
        return t.length > 10 && !t.includes('6000 kvadratkilometer');
      });
      // The other sources' figures still form a claim, without this one.
      await wb!.openFile(EN3);
      const f = await hover(wb!, '1,160 square miles', 'sources');
      expect(f).toMatch(/: 2 sources/);
      expect(f).not.toContain('6,000 km²');
      await shot(wb!, '4-ignore-figure');
    });

    it('deleting crossread.yaml undoes the decisions', async () => {
      rmSync(path.join(folder, 'crossread.yaml'));
      await wb!.runCommand('View: Close All Editor Groups');
      await wb!.openFile(NO);
      await waitFor('the 6000 highlight back', async () => (await decoratedTexts(wb!)).includes('6000 kvadratkilometer'));
      const h = await waitFor('Palyug back in the hover', async () => {
        const t = await hover(wb!, 'Paljuga', 'spelling');
        return /^Palyug — /m.test(t) ? t : undefined;
      });
      expect(h).toContain('6 spellings');
      expect(h).not.toContain('Smolensk');
    });
  });

  it('5. edits, new and deleted articles: the status bar, the Entities view and the hovers follow', async () => {
    await wb!.runCommand('View: Close All Editor Groups');
    await wb!.openFile(EN1);
    await wb!.typeInEditor('\n\nDmitry Palyuga met Anna Berg.', { at: 'end' });
    await wb!.save();
    await waitFor('the edit on disk', () => /\n\nDmitry Palyuga met Anna Berg\.$/.test(readFileSync(path.join(folder, EN1), 'utf8')));
    // The new sentence is read: its names are hovered like the others.
    const anna1 = await waitFor('a hover on Anna Berg', () => hover(wb!, 'Anna Berg', 'Anna Berg ·'));
    expect(anna1).toMatch(/^Anna Berg · person · named in this source only/);
    // The edit is in; after the quick view comes the exact one: what the rest reads.
    await cs!.whenIdle({ window: wb, what: 'the edit' });
    const pal = await hover(wb!, 'Dmitry Palyuga', 'spellings');
    expect(pal).toMatch(/named in 4 sources/);
    expect(pal).toMatch(/Dmitry Palyuga — this article, /);
    await shot(wb!, '5-edited');

    // A new article on disk, written by another program.
    writeFileSync(
      path.join(folder, '005_berg.txt'),
      'Petition grows in St. Petersburg\n\nAnna Berg, a municipal deputy, said on Tuesday that 84 local elected officials had now signed the petition against Vladimir Putin.\n',
    );
    expect(await wb!.statusBarText(/Crossread: 6 articles/, 20_000)).toBe('Crossread: 6 articles · 1 conflict');
    await cs!.whenIdle({ window: wb, what: 'the new article', until: (s) => s.documents.includes('005_berg.txt') });
    const anna2 = await waitFor('Anna Berg in two sources', async () => {
      const t = await hover(wb!, 'Anna Berg', 'Anna Berg ·');
      return /named in 2 sources/.test(t) ? t : undefined;
    });
    expect(anna2).toMatch(/^Anna Berg — this article, 005_berg \(en\)/m);
    await wb!.openView('Entities');
    // Fold the Claims pane: the Entities list (virtualised) then has room for every row.
    const claimsHeader = wb!.viewPane('Claims').locator('.pane-header').first();
    if ((await claimsHeader.getAttribute('aria-expanded')) === 'true') await claimsHeader.click();
    const entities = await waitFor('Anna Berg in the Entities view', async () => {
      const r = await wb!.treeRows('Entities');
      return r.some((x) => x.label === 'Anna Berg') ? r : undefined;
    });
    expect(entities.find((r) => r.label === 'Anna Berg')?.description).toBe('person · 1 spelling · 2 sources');
    await shot(wb!, '5-new-article');

    // An article deleted on disk: its figures leave the claims, its names leave the hovers.
    await wb!.openFile(NO);
    expect(await hover(wb!, '6000', 'km²')).toContain('1,160 square miles');
    rmSync(path.join(folder, EN3));
    expect(await wb!.statusBarText(/Crossread: 5 articles/, 20_000)).toBe('Crossread: 5 articles · 1 conflict');
    const exact = await cs!.whenIdle({ window: wb, what: `${EN3} gone`, until: (s) => s.documents.length === 5 && !s.documents.includes(EN3) });
    expect(exact.claims.filter((c) => c.verdict === 'conflict')).toHaveLength(1);
    const f = await waitFor('the 6000 hover without 003', async () => {
      const t = await hover(wb!, '6000', 'km²');
      return !t.includes('1,160 square miles') ? t : undefined;
    });
    expect(f).toMatch(/: 2 sources/);
    expect(f).toContain('1,000 square miles = 2,590 km²');
    expect(f).not.toContain(src(EN3));
    // The new article's figure joined the petition conflict (in the exact view; the Claims view shows it once it
    // has re-rendered after the engine went idle).
    const want = '19 people · more than 40 people · 19 people · more than 40 people · 65 people · 84 people';
    let sig: { description: string } | undefined;
    await waitFor('the Signatories row of the exact view', async () => {
      sig = (await wb!.treeRows('Claims', { minCount: 2 })).find((r) => r.label === 'Signatories');
      return sig?.description === want;
    }, 10_000).catch(() => undefined);
    expect(sig?.description).toBe(want);
    await shot(wb!, '5-deleted-article');
  });
});

// ============================================================================================ scenario 6
describe('6. a malformed crossread.yaml', () => {
  let cs: CodeServer | undefined;
  let wb: Workbench | undefined;
  let folder = '';

  beforeAll(async () => {
    folder = copySeeds({ 'crossread.yaml': '# decisions\nsame: [unclosed\n' });
    cs = await startCodeServer({ folder, extensionDir: REPO_ROOT, name: 'crossread-e2e-badyaml' });
    wb = await openWorkbench(cs.url, folder, { name: 'crossread-e2e-badyaml' });
  });

  afterEach(failureHook(() => ({ wb, cs })));

  afterAll(async () => {
    await wb?.close();
    await cs?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('is reported in the Problems panel and the Output channel; the Claims view still works', async () => {
    expect(await wb!.statusBarText(/^Crossread: 5 articles/, 60_000)).toBe('Crossread: 5 articles · 1 conflict');

    await wb!.runCommand('View: Toggle Problems');
    const markers = wb!.page.locator('.part.panel .markers-panel');
    await markers.waitFor({ state: 'visible' });
    const problems = await waitFor('the crossread.yaml problem', async () => {
      const t = (await markers.innerText()).replace(/\s+/g, ' ');
      return t.includes('crossread.yaml') && t.includes('Flow sequence') ? t : undefined;
    });
    expect(problems).toContain('the [ on line 2 is not closed with ] (Flow sequence in block collection must be sufficiently indented and end with a ])');
    // Source "crossread", at the line where the list opens (the YAML reader notices only at the end of the file).
    expect(problems).toMatch(/crossread\s*\[Ln 2, Col 1\]/);
    await shot(wb!, '6-problems');

    const out = await outputText(wb!, 'Crossread', /crossread\.yaml line/);
    expect(out).toMatch(/\[error\] crossread\.yaml line 2: the \[ on line 2 is not closed with \] \(Flow sequence in block collection/);
    expect(out).toContain('crossread.yaml could not be read; Crossread continues with no decisions until it is fixed.');
    await shot(wb!, '6-output');
    await closePanel(wb!);

    await wb!.openView('Claims');
    const rows = await wb!.treeRows('Claims', { minCount: 2 });
    expect(rows.find((r) => r.label === 'Signatories')?.description).toBe('19 people · more than 40 people · 19 people · more than 40 people · 65 people');
    await shot(wb!, '6-claims-still-work');

    // Fixing the file clears the problem.
    writeFileSync(path.join(folder, 'crossread.yaml'), '# decisions\nsame: []\n');
    await wb!.runCommand('View: Toggle Problems');
    await waitFor('the problem gone', async () => !(await markers.innerText()).includes('Flow sequence'));
  });
});
