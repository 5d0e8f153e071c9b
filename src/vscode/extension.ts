// Desktop entry: the engine runs in a Node worker thread (dist/indexWorker.js), so analysing articles and
// building the cross-document view never block the extension host.
import * as vscode from 'vscode';
import { activateCrossread } from './activate';
import type { CrossreadApi } from './api';
import { workerEngine } from './engine/workerEngine';
import { modulesEvaluated } from './activationTiming';

// Top level of the entry: runs after every module it imports has been evaluated.
modulesEvaluated();

export function activate(context: vscode.ExtensionContext): CrossreadApi {
  const script = vscode.Uri.joinPath(context.extensionUri, 'dist', 'indexWorker.js').fsPath;
  return activateCrossread(context, () => (onFailure) => workerEngine(script, onFailure));
}

export function deactivate(): void {
  // Everything (the worker included) is disposed through context.subscriptions.
}
