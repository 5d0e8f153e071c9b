// The index cache in a real VS Code (code-server + Chromium): the seeds are indexed and the cache written to the
// workspace storage; then the window is closed and the same workspace opened again with the same user data (so
// the same storage): the Crossread channel says the 5 articles came from the cache, and a hover works.
// The cache is written only from an exact view, a moment after the engine goes idle: each window waits for the
// engine to be idle (CodeServer.whenIdle, through Crossread's API) before expecting its lines.
// Run: node esbuild.mjs && npx vitest run -c vitest.e2e.config.ts test/e2e/cache.test.ts
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, RESULTS_DIR, openWorkbench, startCodeServer, waitFor, type CodeServer, type Workbench } from './harness';

// Beside the repository (as the other e2e tests find them), or CROSSREAD_SEEDS.
const SEEDS = process.env.CROSSREAD_SEEDS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');
const NO = '000_519756dfe0227828.txt';

const has = (log: string[], re: RegExp) => log.some((l) => re.test(l));

/** The Crossread output channel's text (the Output view wraps long lines: white space folded). */
async function crossreadOutput(wb: Workbench, contains: RegExp): Promise<string> {
  await wb.runCommand('Output: Show Output Channels...');
  await wb.pickQuickItem('Crossread');
  const lines = wb.page.locator('.part.panel .output-view .monaco-editor .view-lines');
  await lines.waitFor({ state: 'visible' });
  return waitFor(`the Crossread channel with ${contains}`, async () => {
    const t = await lines.evaluate((root: any) =>
      [...root.querySelectorAll('.view-line')]
        .sort((a: any, b: any) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l: any) => (l.textContent ?? '').replace(/\u00a0/g, ' '))
        .join('\n'),
    );
    const flat = t.replace(/\s+/g, ' ');
    return contains.test(flat) ? flat : '';
  }, 30_000);
}

describe('index cache across a reopened workspace', () => {
  let cs: CodeServer | undefined;
  let wb: Workbench | undefined;
  let folder = '';

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'crossread-e2e-cache-'));
    for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
      copyFileSync(path.join(SEEDS, f), path.join(folder, f));
      chmodSync(path.join(folder, f), 0o644);
    }
    cs = await startCodeServer({ folder, extensionDir: REPO_ROOT, name: 'crossread-e2e-cache' });
  });

  afterEach(async (ctx) => {
    if (ctx.task.result?.state !== 'fail' || !cs) return;
    await wb?.screenshot('crossread-FAILED-cache').catch(() => {});
    const dest = path.join(RESULTS_DIR, 'failures', 'cache');
    mkdirSync(dest, { recursive: true });
    cs.collectLogs(dest);
  });

  afterAll(async () => {
    await wb?.close();
    await cs?.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('first window writes the cache; the reopened window restores the 5 articles from it and hovers work', async () => {
    wb = await openWorkbench(cs!.url, folder, { name: 'crossread-e2e-cache-1' });
    expect(await wb.statusBarText(/^Crossread: 5 articles/, 60_000)).toMatch(/^Crossread: 5 articles/);
    // Idle with the exact view, then the write that follows it.
    const written = await cs!.whenIdle({ window: wb, what: 'the cache written', until: (s) => has(s.log, /index cache written: 5 articles/) });
    expect(written.documents).toHaveLength(5);
    expect(has(written.log, /index cache not used: none yet in this workspace/)).toBe(true);
    const first = await crossreadOutput(wb, /index cache written: 5 articles/);
    expect(first).toMatch(/index cache not used: none yet in this workspace/);
    await wb.close();
    wb = undefined;

    // Same code-server, same user data (so the same workspace storage), a new window on the same folder.
    wb = await openWorkbench(cs!.url, folder, { name: 'crossread-e2e-cache-2' });
    expect(await wb.statusBarText(/^Crossread: 5 articles/, 60_000)).toMatch(/^Crossread: 5 articles/);
    // This window's extension host: idle after the restore and the scan that checks every file.
    const reopened = await cs!.whenIdle({ window: wb, what: 'the restore and the scan', until: (s) => has(s.log, /indexed 5 articles/) });
    expect(reopened.host, 'a new extension host for the new window').not.toBe(written.host);
    const restoreAt = reopened.log.findIndex((l) => /restored 5 articles from the cache in \d+ ms; checking every file/.test(l));
    expect(restoreAt, reopened.log.join('\n')).toBeGreaterThanOrEqual(0);
    expect(reopened.log.slice(restoreAt).some((l) => /indexed 5 articles/.test(l))).toBe(true);
    const out = await crossreadOutput(wb, /restored 5 articles from the cache in \d+ ms/);
    // This window's lines: the restore comes before the scan that checks the files.
    const mine = out.slice(out.lastIndexOf('restored 5 articles'));
    expect(mine).toMatch(/^restored 5 articles from the cache in \d+ ms; checking every file/);
    expect(out.slice(out.lastIndexOf('restored 5 articles'))).toMatch(/indexed 5 articles/);

    await wb.openFile(NO);
    const h = await wb.hoverText('Paljuga', { contains: 'spellings' });
    expect(h).toMatch(/^Dmytro Palyuga · person · named in 3 sources/);
  });
});
