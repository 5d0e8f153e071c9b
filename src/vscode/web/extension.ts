// Browser entry (vscode.dev, code-server's web extension host): the same extension with the engine in the
// extension host's thread, time-sliced. The editor layer uses only workspace.fs, TextDecoder and timers.
import type * as vscode from 'vscode';
import { activateCrossread } from '../activate';
import type { CrossreadApi } from '../api';
import { modulesEvaluated } from '../activationTiming';

// Top level of the entry: runs after every module it imports has been evaluated.
modulesEvaluated();

export function activate(context: vscode.ExtensionContext): CrossreadApi {
  return activateCrossread(context);
}

export function deactivate(): void {
  // Disposed through context.subscriptions.
}
