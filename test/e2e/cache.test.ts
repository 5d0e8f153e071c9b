// The index cache in a real VS Code (code-server + Chromium): the seeds are indexed and the cache written to the
// workspace storage; then the window is closed and the same workspace opened again with the same user data (so
// the same storage): the Crossread channel says the 5 articles came from the cache, and a hover works.
// Run: node esbuild.mjs && npx vitest run -c vitest.e2e.config.ts test/e2e/cache.test.ts
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, RESULTS_DIR, openWorkbench, startCodeServer, type CodeServer, type Workbench } from './harness';

// Beside the repository (as the other e2e tests find them), or CROSSREAD_SEEDS.
const SEEDS = process.env.CROSSREAD_SEEDS ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'seeds');
const NO = '000_519756dfe0227828.txt';

const tick = (ms = 150) => new Promise((r) => setTimeout(r, ms));
async function waitFor<T>(what: string, fn: () => Promise<T | undefined | '' | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    await tick();
  }
  throw new Error(`timed out waiting for ${what}`);
}

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
  });
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
    const first = await crossreadOutput(wb, /index cache written: 5 articles/);
    expect(first).toMatch(/index cache not used: none yet in this workspace/);
    await wb.close();
    wb = undefined;

    // Same code-server, same user data (so the same workspace storage), a new window on the same folder.
    wb = await openWorkbench(cs!.url, folder, { name: 'crossread-e2e-cache-2' });
    expect(await wb.statusBarText(/^Crossread: 5 articles/, 60_000)).toMatch(/^Crossread: 5 articles/);
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
