// The extension's crossread.yaml (DecisionsService) in an untrusted workspace: the file is looked at before it is
// opened, so a named pipe (whose read never returns) or a link to a device, or a file over the size limit, gives
// a problem at line 1 and no decisions, and the read is never started. Before, the service opened any of them:
// its load never finished (a named pipe) or read without end (a device).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
vi.mock('vscode', () => import('../vscode-adapters/vscode-mock'));
import { FileType, mock, Uri, workspace } from '../vscode-adapters/vscode-mock';
import { DecisionsService } from '../../src/vscode/services/decisions';
import { Log } from '../../src/vscode/services/log';

const YAML = '/ws/crossread.yaml';
let reads: string[] = [];

beforeEach(() => {
  mock.reset();
  reads = [];
  const realRead = workspace.fs.readFile.bind(workspace.fs);
  vi.spyOn(workspace.fs, 'readFile').mockImplementation(async (uri: Uri) => {
    reads.push(uri.path);
    return realRead(uri);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** crossread.yaml as the file system would stat it: `type` and `size`; reading it never returns (a named pipe). */
function special(type: number, size: number): void {
  const realStat = workspace.fs.stat.bind(workspace.fs);
  vi.spyOn(workspace.fs, 'stat').mockImplementation(async (uri: Uri) => (uri.path === YAML ? { type, size, ctime: 0, mtime: 0 } : realStat(uri)));
  vi.spyOn(workspace.fs, 'readFile').mockImplementation((uri: Uri) => {
    reads.push(uri.path);
    return new Promise<Uint8Array<ArrayBuffer>>(() => undefined);
  });
}

async function load(): Promise<{ service: DecisionsService; log: Log }> {
  const log = new Log();
  const service = new DecisionsService(log);
  service.start();
  // A load that never finishes fails here, within seconds, instead of holding the test.
  await Promise.race([service.whenLoaded(), new Promise((_, reject) => setTimeout(() => reject(new Error('crossread.yaml load never finished')), 5_000))]);
  return { service, log };
}

describe('DecisionsService with a hostile crossread.yaml', () => {
  it('a named pipe (stat: neither file nor folder) is refused without being read', async () => {
    special(FileType.Unknown, 0);
    const { service, log } = await load();
    expect(service.decisions).toEqual({ same: [], different: [], ignoreFigures: [] });
    expect(service.problems).toEqual([{ line: 1, message: 'not a regular file (a named pipe, device or socket); no decisions are read from it' }]);
    expect(reads).not.toContain(YAML);
    expect(log.messages().join('\n')).toContain('crossread.yaml line 1: not a regular file');
    await expect(service.add({ kind: 'same', names: ['A', 'B'] })).rejects.toThrow(/not a regular file.*fix it first/);
    service.dispose();
  });

  it('a symbolic link to a device is refused the same way', async () => {
    special(FileType.Unknown | FileType.SymbolicLink, 0);
    const { service } = await load();
    expect(service.problems[0]!.message).toBe('not a regular file (a named pipe, device or socket, through a symbolic link); no decisions are read from it');
    expect(reads).not.toContain(YAML);
    service.dispose();
  });

  it('a file over the size limit is refused by its size, unread', async () => {
    special(FileType.File, 64 * 1024 * 1024);
    const { service } = await load();
    expect(service.problems).toEqual([{ line: 1, message: 'larger than the limit (64.0 MB > 16.0 MB); no decisions are read from it' }]);
    expect(reads).not.toContain(YAML);
    service.dispose();
  });

  it('UTF-16 with a byte order mark is read; without one it gets a clear line', async () => {
    mock.writeFile(YAML, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('same:\n  - [Erik Solheim, Solheim]\n', 'utf16le')]));
    const first = await load();
    expect(first.service.decisions.same).toEqual([['Erik Solheim', 'Solheim']]);
    expect(first.service.problems).toEqual([]);
    first.service.dispose();
    mock.writeFile(YAML, Buffer.from('same:\n  - [Erik Solheim, Solheim]\n', 'utf16le'));
    const second = await load();
    expect(second.service.decisions.same).toEqual([]);
    expect(second.service.problems[0]!.message).toMatch(/^not text: binary file \(contains NUL bytes; UTF-16 text needs a byte order mark\)/);
    second.service.dispose();
  });
});
