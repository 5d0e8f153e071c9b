// "Crossread: 5 articles · 1 conflict" in the status bar (click: the Claims view), plus the context keys the
// views' welcome texts and menus depend on.
import * as vscode from 'vscode';
import type { CorpusSnapshot } from '../../core';
import { ARTICLE_LANGUAGES } from '../services/config';
import type { IndexState } from '../services/corpus';
import type { Feature } from '../services/services';
import { CLAIMS_VIEW } from '../view/commandIds';
import { plural } from '../view/labels';

export function statusText(snapshot: CorpusSnapshot, state: IndexState): string {
  const n = snapshot.documents.length;
  const conflicts = snapshot.conflicts.length;
  const base = `Crossread: ${plural(n, 'article')} · ${plural(conflicts, 'conflict')}`;
  if (!state.indexing && state.ready !== false) return base;
  return state.total > 0 ? `$(sync~spin) Crossread: indexing ${state.done}/${state.total}` : '$(sync~spin) Crossread: indexing…';
}

export const statusBarFeature: Feature = (context, services) => {
  const item = vscode.window.createStatusBarItem('crossread.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Crossread';
  item.command = { command: `${CLAIMS_VIEW}.focus`, title: 'Show Claims' };
  const update = () => {
    const view = services.corpus.current;
    const state = services.corpus.indexState;
    item.text = statusText(view.snapshot, state);
    const s = view.snapshot;
    item.tooltip = `${plural(s.documents.length, 'article')}, ${plural(s.crossSourceEntities().length, 'entity', 'entities')} named by several sources, ${plural(s.claims.length, 'claim')} (${plural(s.conflicts.length, 'conflict')}). Click to show the claims.`;
    // Nothing to say in a window without a folder.
    if (vscode.workspace.workspaceFolders?.length) item.show();
    else item.hide();
    void vscode.commands.executeCommand('setContext', 'crossread.state', state.ready ? 'ready' : 'indexing');
    void vscode.commands.executeCommand('setContext', 'crossread.hasArticles', s.documents.length > 0);
    void vscode.commands.executeCommand('setContext', 'crossread.hasClaims', s.claims.length > 0);
  };
  void vscode.commands.executeCommand('setContext', 'crossread.articleLanguages', [...ARTICLE_LANGUAGES]);
  update();
  context.subscriptions.push(
    item,
    services.corpus.onDidChangeSnapshot(update),
    services.corpus.onDidChangeState(update),
    vscode.workspace.onDidChangeWorkspaceFolders(update),
  );
};
