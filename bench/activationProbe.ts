// Runs inside the real extension host (code-server) for bench/activation.ts: the extension-tests module whose
// run() reads Crossread's activation measurement (api.activation(), taken by activateCrossread itself) and
// writes it as JSON to CROSSREAD_ACTIVATION_OUT. It does not wait for the corpus to be indexed.
import { writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as vscode from 'vscode';
import type { CrossreadApi } from '../src/vscode/api';

export async function run(): Promise<void> {
  const out = process.env.CROSSREAD_ACTIVATION_OUT;
  if (!out) throw new Error('CROSSREAD_ACTIVATION_OUT is not set');
  const ext = vscode.extensions.getExtension<CrossreadApi>('crossread.crossread');
  if (!ext) throw new Error('crossread.crossread is not installed');
  // Already active when an activation event (workspaceContains, onStartupFinished) came first.
  const activeBefore = ext.isActive;
  const api = await ext.activate();
  const deadline = Date.now() + 60_000;
  while (api.activation().firstDeferralMs === undefined) {
    if (Date.now() > deadline) throw new Error('the deferred start of activation never ran');
    await new Promise((r) => setTimeout(r, 20));
  }
  const timing = api.activation();
  // After the measurement: how many articles the workspace offers (checks the generated workspace is the one open).
  const files = (await vscode.workspace.findFiles('**/*.{txt,md}')).length;
  writeFileSync(
    out,
    JSON.stringify({
      ...timing,
      activeBefore,
      files,
      app: `${vscode.env.appName} ${vscode.version}`,
      engine: api.engine(),
      node: process.version,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    }),
  );
}
