// What every feature receives (Foam style: features are `(context, services) => void`).
import type * as vscode from 'vscode';
import type { ConfigService } from './configService';
import type { CorpusService } from './corpus';
import type { DecisionsService } from './decisions';
import type { Log } from './log';
import type { Span } from '../../core';

/** Read-outs the features expose for the integration tests (through the API returned by activate). */
export interface TestHooks {
  /** Decoration ranges last applied per editor document URI, by decoration key. */
  decorations?: () => Record<string, Record<string, vscode.Range[]>>;
  /** The claim shown by the compare webview, and its HTML. */
  compare?: () => { claimId: string | undefined; html: string | undefined };
}

export interface Services {
  log: Log;
  config: ConfigService;
  corpus: CorpusService;
  decisions: DecisionsService;
  hooks: TestHooks;
}

export type Feature = (context: vscode.ExtensionContext, services: Services) => void;

export interface DocSpan extends Span {
  doc: string;
}
