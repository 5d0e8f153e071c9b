// The @vscode/test-electron route inside code-server: a test module's run() executes in the real
// extension host (Node 24, real `vscode` API) and its outcome comes back through
// window.codeAutomationExit. See runExtensionTests() in harness.ts for the two switches it needs.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtensionTests } from './harness';
import { writeProbeExtension, writeProbeTestModule, writeProbeWorkspace } from './probe';

describe('extension tests inside code-server (payload extensionDevelopmentPath/extensionTestsPath)', () => {
  const extensionDevelopmentPath = writeProbeExtension();
  const extensionTestsPath = writeProbeTestModule();
  const folder = writeProbeWorkspace();
  afterAll(() => {
    for (const dir of [extensionDevelopmentPath, path.dirname(extensionTestsPath), folder]) rmSync(dir, { recursive: true, force: true });
  });

  it('runs the test module in the extension host and reports success', async () => {
    const r = await runExtensionTests({ extensionDevelopmentPath, extensionTestsPath, folder, name: 'exthost-pass' });
    console.log(`[exthost] passing run: exit ${r.code} in ${r.ms} ms`);
    expect(r.code, r.log.join('\n')).toBe(0);
  });

  it('reports a failing test module with exit code 1 and its error', async () => {
    const r = await runExtensionTests({
      extensionDevelopmentPath,
      extensionTestsPath,
      folder,
      name: 'exthost-fail',
      env: { PROBE_TEST_FAIL: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.log.join('\n')).toContain('PROBE deliberate failure');
  });
});
