// Watching: which editor and file-system events become jobs. File events are debounced WATCH_DEBOUNCE_MS, typing
// TYPING_DEBOUNCE_MS; an open editor's unsaved text is what counts until it closes (then the file again).
import * as vscode from 'vscode';
import { engineOptions } from '../config';
import { ConfigService } from '../configService';
import { locate, type Located } from '../paths';
import type { EngineOptions } from '../../../core';
import type { JobQueue } from './jobQueue';
import type { DocumentMirror } from './mirror';
import type { WorkspaceScan } from './workspaceScan';

export const WATCH_DEBOUNCE_MS = 150;
export const TYPING_DEBOUNCE_MS = 300;

export interface WatchDeps {
  config: ConfigService;
  queue: JobQueue;
  mirror: DocumentMirror;
  scan: WorkspaceScan;
  /** The located URI when it is an article by the include/exclude settings. */
  tracked: (uri: vscode.Uri) => Located | undefined;
  /** Lists the articles again (folders or corpus settings changed). */
  rescan: () => void;
  setOptions: (options: EngineOptions) => void;
}

/** Subscribes to the workspace's events; the disposables end the watching. */
export function watchWorkspace(d: WatchDeps): vscode.Disposable[] {
  const { config, queue } = d;
  const watcher = vscode.workspace.createFileSystemWatcher('**/*');
  return [
    watcher,
    watcher.onDidCreate((uri) => onCreated(d, uri)),
    watcher.onDidChange((uri) => d.tracked(uri) && queue.enqueue(uri, 'read', WATCH_DEBOUNCE_MS)),
    watcher.onDidDelete((uri) => onDeleted(d, uri)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0 && d.tracked(e.document.uri)) queue.enqueue(e.document.uri, 'read', TYPING_DEBOUNCE_MS);
    }),
    // Closing an editor with unsaved changes: the file is what counts again.
    vscode.workspace.onDidCloseTextDocument((doc) => d.tracked(doc.uri) && queue.enqueue(doc.uri, 'read', WATCH_DEBOUNCE_MS)),
    vscode.workspace.onDidOpenTextDocument((doc) => {
      const loc = d.tracked(doc.uri);
      const text = loc ? d.mirror.text(loc.id) : undefined;
      if (loc && text !== undefined && text !== doc.getText()) queue.enqueue(doc.uri, 'read', 0);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => d.rescan()),
    config.onDidChange((e) => {
      if (e.affectsConfiguration('crossread.conflictTolerance')) d.setOptions(engineOptions(config.get()));
      if (ConfigService.affectsCorpus(e)) d.rescan();
    }),
  ];
}

function onCreated(d: WatchDeps, uri: vscode.Uri): void {
  if (d.tracked(uri)) {
    d.queue.enqueue(uri, 'read', WATCH_DEBOUNCE_MS);
    return;
  }
  // A folder moved or copied into the workspace may arrive as one event: look inside it.
  const loc = locate(uri);
  if (loc) d.scan.folderCreated(uri, loc, WATCH_DEBOUNCE_MS);
}

function onDeleted(d: WatchDeps, uri: vscode.Uri): void {
  const loc = locate(uri);
  if (!loc) return;
  if (d.mirror.hasUri(loc.id) || d.tracked(uri)) d.queue.enqueue(uri, 'remove', WATCH_DEBOUNCE_MS);
  // A deleted folder arrives as one event for the folder.
  const prefix = uri.path.endsWith('/') ? uri.path : `${uri.path}/`;
  for (const [, u] of d.mirror.located()) {
    if (u.scheme === uri.scheme && u.authority === uri.authority && u.path.startsWith(prefix)) d.queue.enqueue(u, 'remove', WATCH_DEBOUNCE_MS);
  }
}
