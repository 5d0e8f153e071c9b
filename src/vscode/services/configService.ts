// Current settings, re-read on `onDidChangeConfiguration`. Corpus settings (include, exclude, languages,
// maximum size) are resource-scoped: each workspace folder may have its own.
import * as vscode from 'vscode';
import { CORPUS_KEYS, parseConfig, type CrossreadConfig } from './config';
import type { Log } from './log';

export class ConfigService implements vscode.Disposable {
  private readonly cache = new Map<string, CrossreadConfig>();
  private readonly emitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  /** Fires after the cache is cleared, with VS Code's event (use `affectsConfiguration`). */
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  private readonly reported = new Set<string>();

  constructor(private readonly log: Log) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('crossread')) return;
      this.cache.clear();
      this.emitter.fire(e);
    });
  }

  /** Settings for a resource (its workspace folder's values: they are resource-scoped) or the window. */
  get(scope?: vscode.Uri | vscode.WorkspaceFolder): CrossreadConfig {
    if (scope && !('uri' in scope)) scope = vscode.workspace.getWorkspaceFolder(scope) ?? undefined;
    const key = scope ? scope.uri.toString() : '';
    let config = this.cache.get(key);
    if (!config) {
      const section = vscode.workspace.getConfiguration('crossread', scope);
      const parsed = parseConfig((k) => section.get(k));
      for (const p of parsed.problems) {
        if (!this.reported.has(p)) {
          this.reported.add(p);
          this.log.warn(p);
        }
      }
      config = parsed.config;
      this.cache.set(key, config);
    }
    return config;
  }

  static affectsCorpus(e: vscode.ConfigurationChangeEvent): boolean {
    return CORPUS_KEYS.some((k) => e.affectsConfiguration(k));
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
