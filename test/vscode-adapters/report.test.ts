// "Export Report" writes exactly what the CLI prints for the same folder (Markdown and JSON).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('./vscode-mock'));
import { reportText } from '../../src/vscode/features/corpusCommands';
import { haveSeeds, loadSeeds, SEEDS_DIR } from './fixtures';

let cli = '';
beforeAll(async () => {
  cli = path.join(mkdtempSync(path.join(os.tmpdir(), 'crossread-cli-')), 'cli.js');
  await build({ entryPoints: [path.resolve(__dirname, '../../src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
});

describe.skipIf(!haveSeeds)('Export Report', () => {
  const runCli = (...args: string[]) =>
    execFileSync(process.execPath, [cli, 'report', path.basename(SEEDS_DIR), ...args], { cwd: path.dirname(SEEDS_DIR), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

  it('Markdown equals the CLI output', () => {
    const ours = reportText(loadSeeds().snapshot, 'md', path.basename(SEEDS_DIR));
    expect(ours).toContain('# Crossread report: seeds');
    expect(ours).toBe(runCli());
  });

  it('JSON equals the CLI output', () => {
    const ours = reportText(loadSeeds().snapshot, 'json', path.basename(SEEDS_DIR));
    expect(JSON.parse(ours).version).toBe(1);
    expect(ours).toBe(runCli('--format', 'json'));
  });
});
