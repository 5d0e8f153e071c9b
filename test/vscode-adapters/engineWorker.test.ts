// The engine in a worker thread (desktop): same snapshot as in the extension host's thread, and the host's
// event loop stays free while a corpus is indexed.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { mock } from './vscode-mock';
import { workerEngine } from '../../src/vscode/engine/workerEngine';
import { ConfigService } from '../../src/vscode/services/configService';
import { CorpusService } from '../../src/vscode/services/corpus';
import { Log } from '../../src/vscode/services/log';
import { haveSeeds, SEEDS_DIR } from './fixtures';

let script = '';
const started: CorpusService[] = [];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'crossread-worker-'));
  script = path.join(dir, 'indexWorker.js');
  await build({ entryPoints: [path.resolve(__dirname, '../../src/vscode/indexWorker.ts')], outfile: script, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
});

beforeEach(() => mock.reset());
afterEach(() => {
  for (const c of started.splice(0)) c.dispose();
});

function corpus(kind: 'worker' | 'in-thread', onFailure?: (reason: string) => void): CorpusService {
  const log = new Log();
  const c = new CorpusService(new ConfigService(log), log, kind === 'worker' ? (fail) => workerEngine(script, (r) => (onFailure?.(r), fail(r))) : undefined);
  started.push(c);
  c.start();
  return c;
}

describe.skipIf(!haveSeeds)('engine worker', () => {
  it('gives the same snapshot as the in-thread engine', async () => {
    for (const n of readdirSync(SEEDS_DIR)) mock.writeFile(`/ws/${n}`, readFileSync(path.join(SEEDS_DIR, n), 'utf8'));
    const w = corpus('worker');
    const t = corpus('in-thread');
    await Promise.all([w.whenIdle(), t.whenIdle()]);
    expect(w.engineKind).toBe('worker');
    const a = w.current.snapshot;
    const b = t.current.snapshot;
    expect(a.documents.length).toBe(5);
    expect(a.entities).toEqual(b.entities);
    expect(a.claims).toEqual(b.claims);
    expect(a.figures).toEqual(b.figures);
    // Look-ups work on the rebuilt snapshot.
    const doc = '000_519756dfe0227828.txt';
    const at = w.current.text(doc)!.indexOf('Paljuga');
    expect(a.mentionAt(doc, at)?.entity.name).toBe(b.mentionAt(doc, at)?.entity.name);
    expect(a.conflicts).toHaveLength(1);
  });

  // The host thread stays free because the analysis runs in the worker: checked here by where the work happens
  // (the host's longest task is a speed measure, and speed is measured in `npm run bench`, not in unit tests).
  it('indexes 40 articles in the worker, not in the host thread', async () => {
    const names = readdirSync(SEEDS_DIR).sort();
    for (let copy = 0; copy < 8; copy++) for (const n of names) mock.writeFile(`/ws/copy${copy}/${n}`, readFileSync(path.join(SEEDS_DIR, n), 'utf8'));
    const c = corpus('worker');
    await c.whenIdle();
    expect(c.engineKind).toBe('worker');
    expect(c.current.snapshot.documents).toHaveLength(40);
  });

  it('falls back to the in-thread engine when the worker cannot run', async () => {
    mock.writeFile('/ws/a.txt', 'Erik Solheim visited Oslo on Monday. Solheim said 40 people were evacuated.');
    script = `${script}.missing.js`;
    const reasons: string[] = [];
    const c = corpus('worker', (r) => reasons.push(r));
    await new Promise((r) => setTimeout(r, 500));
    await c.whenIdle();
    expect(reasons.length).toBe(1);
    expect(c.engineKind).toBe('in-thread');
    expect(c.current.snapshot.documents.map((d) => d.id)).toEqual(['a.txt']);
    script = script.replace(/\.missing\.js$/, '');
  });
});
