// Document ids: workspace-relative paths with `/` (the engine's ids), prefixed with the folder name in a
// multi-root workspace. URIs are used for all I/O, so virtual and web workspaces work the same way.
import * as vscode from 'vscode';

export function relativePath(folder: vscode.Uri, uri: vscode.Uri): string | undefined {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return undefined;
  const base = folder.path.endsWith('/') ? folder.path : `${folder.path}/`;
  if (!uri.path.startsWith(base)) return undefined;
  const rel = uri.path.slice(base.length);
  return rel === '' ? undefined : rel;
}

export interface Located {
  folder: vscode.WorkspaceFolder;
  /** Path relative to the folder. */
  rel: string;
  /** The engine's document id. */
  id: string;
}

export function locate(uri: vscode.Uri): Located | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  // The innermost folder wins when folders nest.
  let best: { folder: vscode.WorkspaceFolder; rel: string } | undefined;
  for (const folder of folders) {
    const rel = relativePath(folder.uri, uri);
    if (rel !== undefined && (!best || rel.length < best.rel.length)) best = { folder, rel };
  }
  if (!best) return undefined;
  return { ...best, id: folders.length > 1 ? `${best.folder.name}/${best.rel}` : best.rel };
}

/** The URI of a document id (when the corpus does not know it already). */
export function uriOfId(id: string): vscode.Uri | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  if (folders.length === 1) return vscode.Uri.joinPath(folders[0]!.uri, ...id.split('/'));
  const slash = id.indexOf('/');
  const folder = folders.find((f) => f.name === id.slice(0, slash));
  return folder ? vscode.Uri.joinPath(folder.uri, ...id.slice(slash + 1).split('/')) : undefined;
}
