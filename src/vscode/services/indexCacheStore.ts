// Where the index cache lives: one file in the workspace's extension storage (context.storageUri), read with
// workspace.fs and written atomically (a temporary file beside it, then a rename). Never in the workspace itself.
import * as vscode from 'vscode';

export const CACHE_FILE = 'index-cache.json';

export type CacheBytes = { bytes: Uint8Array } | { missing: true } | { error: string };

export async function readCacheFile(storage: vscode.Uri): Promise<CacheBytes> {
  try {
    return { bytes: await vscode.workspace.fs.readFile(vscode.Uri.joinPath(storage, CACHE_FILE)) };
  } catch (err) {
    if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound')) return { missing: true };
    return { error: err instanceof Error ? err.message : String(err) };
  }
}

export async function writeCacheFile(storage: vscode.Uri, bytes: Uint8Array): Promise<void> {
  await vscode.workspace.fs.createDirectory(storage);
  const target = vscode.Uri.joinPath(storage, CACHE_FILE);
  const tmp = vscode.Uri.joinPath(storage, `.${CACHE_FILE}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, bytes);
  try {
    await vscode.workspace.fs.rename(tmp, target, { overwrite: true });
  } catch (err) {
    await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
    throw err;
  }
}
