// The browser entry (dist/web/extension.js) runs without Node: loaded here in a bare V8 context whose only
// module is `vscode` (the mock), with the globals a web worker has. It must activate, read the workspace
// through workspace.fs and index it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import * as vscodeMock from './vscode-mock';
import type { CrossreadApi } from '../../src/vscode/api';
import { haveSeeds, SEEDS_DIR } from './fixtures';

let code = '';
beforeAll(async () => {
  const out = await build({
    entryPoints: [path.resolve(__dirname, '../../src/vscode/web/extension.ts')],
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    logLevel: 'error',
  });
  code = out.outputFiles[0]!.text;
});

describe.skipIf(!haveSeeds)('web extension bundle', () => {
  it('needs no Node module and indexes the workspace', async () => {
    vscodeMock.mock.reset();
    for (const n of readdirSync(SEEDS_DIR)) vscodeMock.mock.writeFile(`/ws/${n}`, readFileSync(path.join(SEEDS_DIR, n), 'utf8'));
    const required: string[] = [];
    const module = { exports: {} as { activate?: (ctx: unknown) => CrossreadApi } };
    const sandbox = {
      module,
      exports: module.exports,
      require: (id: string) => {
        required.push(id);
        if (id === 'vscode') return vscodeMock;
        throw new Error(`the web bundle required "${id}"`);
      },
      console,
      setTimeout,
      clearTimeout,
      TextDecoder,
      TextEncoder,
      performance,
      crypto: globalThis.crypto,
      URL,
    };
    vm.runInNewContext(code, sandbox, { filename: 'web/extension.js' });
    expect([...new Set(required)]).toEqual(['vscode']);
    const subscriptions: { dispose(): void }[] = [];
    const api = module.exports.activate!({ subscriptions, extensionUri: vscodeMock.Uri.file('/ext') });
    await api.whenIdle();
    expect(api.engine()).toBe('in-thread');
    expect(api.snapshot().documents).toHaveLength(5);
    expect(api.snapshot().conflicts).toHaveLength(1);
    // Every feature started (a failing one is logged and skipped).
    expect(api.log().filter((l) => l.startsWith('error'))).toEqual([]);
    // Commands are registered by the features.
    expect([...vscodeMock.mock.commands.keys()]).toEqual(expect.arrayContaining(['crossread.findEntity', 'crossread.openMention', 'crossread.exportReport']));
    for (const s of subscriptions) s.dispose();
  });
});
