// Smoke test of the real-editor harness with a throwaway probe extension: proves that code-server
// loads an unpacked extension and that hover, decorations, commands, notifications, tree views,
// the status bar and editing can be driven and read like a person would.
// Run: npx vitest run -c vitest.e2e.config.ts
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_DIR, openWorkbench, startCodeServer, type CodeServer, type Workbench } from './harness';
import { PROBE, writeProbeExtension, writeProbeWorkspace } from './probe';

describe('harness smoke (probe extension in code-server)', () => {
  let cs: CodeServer | undefined;
  let wb: Workbench | undefined;
  const folder = writeProbeWorkspace();
  const extensionDir = writeProbeExtension();
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    let t = Date.now();
    cs = await startCodeServer({ folder, extensionDir, name: 'smoke' });
    timings.codeServerHttp = Date.now() - t;
    t = Date.now();
    wb = await openWorkbench(cs.url, folder, { name: 'smoke' });
    timings.workbench = Date.now() - t;
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && wb && cs) {
      const slug = ctx.task.name.replace(/\W+/g, '-');
      await wb.screenshot(`smoke-FAILED-${slug}`).catch(() => {});
      const dest = path.join(RESULTS_DIR, 'failures', slug);
      mkdirSync(dest, { recursive: true });
      cs.collectLogs(dest);
    }
  });

  afterAll(async () => {
    await wb?.close();
    await cs?.stop();
    for (const dir of [folder, extensionDir]) rmSync(dir, { recursive: true, force: true });
    console.log(`[smoke] timings (ms): ${JSON.stringify(timings)}`);
  });

  it('installs the probe as <publisher>.<name>-<version> with only the packaged files', async () => {
    expect(cs!.installed).toEqual([`${PROBE.publisher}.${PROBE.name}-${PROBE.version}`]);
    expect(cs!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('opens a file by quick open and shows its text', async () => {
    const t = Date.now();
    await wb!.openFile('article.txt');
    timings.openFile = Date.now() - t;
    expect(await wb!.tabs()).toContain('article.txt');
    expect(await wb!.editorText()).toContain('Zelensky met Scholz in Berlin');
    // The extension activated: its status bar item is there.
    expect(await wb!.statusBarText(PROBE.statusText)).toContain(PROBE.statusText);
  });

  it('decorates exactly the first word', async () => {
    await wb!.waitForDecorations((n) => n === 1);
    const decos = await wb!.decorations();
    expect(decos).toHaveLength(1);
    expect(decos[0]).toMatchObject({ text: 'Zelensky', layer: 'overlay' });
    expect(decos[0].className).toMatch(/\bced-\S*TextEditorDecorationType\d+/);
    await wb!.screenshot('smoke-1-decoration');
  });

  it('shows the hover of the word under the mouse', async () => {
    const t = Date.now();
    const hover = await wb!.hoverText('Scholz', { contains: 'PROBE HOVER' });
    timings.hover = Date.now() - t;
    expect(hover).toBe('PROBE HOVER Scholz');
    await wb!.screenshot('smoke-2-hover');
    // A second word on another line: the hover follows the mouse.
    expect(await wb!.hoverText('Reuters', { contains: 'PROBE HOVER' })).toBe('PROBE HOVER Reuters');
    // nth occurrence: "Berlin" is on lines 1 and 2.
    const [first, second] = [await wb!.textBox('Berlin', 0), await wb!.textBox('Berlin', 1)];
    expect(second!.y).toBeGreaterThan(first!.y);
    expect(await wb!.textBox('Berlin', 2)).toBeNull();
    expect(await wb!.hoverText('Berlin', { nth: 1, contains: 'PROBE HOVER' })).toBe('PROBE HOVER Berlin');
    await expect(wb!.hoverText('no-such-text')).rejects.toThrow(/not found/);
  });

  it('runs a command from the palette and reads its notification', async () => {
    const t = Date.now();
    await wb!.runCommand(PROBE.commandTitle);
    const msg = await wb!.waitForNotification(PROBE.message);
    timings.command = Date.now() - t;
    expect(msg).toBe(PROBE.message);
    expect(await wb!.notifications()).toContain(PROBE.message);
    await wb!.screenshot('smoke-3-notification');
  });

  it('opens the tree view and reads its rows', async () => {
    await wb!.openView(PROBE.viewTitle);
    expect(await wb!.treeItems(PROBE.viewTitle, { minCount: 3 })).toEqual([...PROBE.treeItems]);
    expect((await wb!.treeRows(PROBE.viewTitle)).map((r) => [r.depth, r.expanded])).toEqual([
      [1, undefined],
      [1, undefined],
      [1, undefined],
    ]);
    await wb!.screenshot('smoke-4-tree');
  });

  it('reveals text below the fold before hovering it, in a second file', async () => {
    await wb!.openFile('long.txt');
    expect(await wb!.tabs()).toEqual(['article.txt', 'long.txt']);
    expect(await wb!.textBox('Omega')).toBeNull(); // not rendered yet: far below the viewport
    expect(await wb!.hoverText('Omega', { contains: 'PROBE HOVER' })).toBe('PROBE HOVER Omega');
    await wb!.screenshot('smoke-5-scrolled-hover');
    expect(await wb!.decorations()).toEqual([]); // the decorated first word is scrolled away
    await wb!.openFile('article.txt');
  });

  it('edits and saves; the decoration follows the new first word', async () => {
    await wb!.typeInEditor('Update: ', { at: 'start' });
    await wb!.save();
    expect((await wb!.editorText()).split('\n')[0]).toBe('Update: Zelensky met Scholz in Berlin on Tuesday.');
    await expect.poll(async () => (await wb!.decorations()).map((d) => d.text), { timeout: 15_000 }).toEqual(['Update:']);
    await wb!.screenshot('smoke-6-edited');
  });
});
