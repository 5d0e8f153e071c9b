// Hover cards on names and figures. Answers from the current snapshot only (never waits for indexing), and
// only when the snapshot's analysis is of exactly the editor's text. Article text is escaped; links may run
// our own commands only.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGES } from '../services/config';
import type { Feature, Services } from '../services/services';
import { HOVER_COMMANDS } from '../view/commandIds';
import { hoverMarkdownAt } from '../view/hoverContent';
import { indexedDocOf } from './util';

export function trustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value, false);
  md.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
  md.supportHtml = false;
  return md;
}

export class CrossreadHoverProvider implements vscode.HoverProvider {
  constructor(private readonly services: Services) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    if (token.isCancellationRequested) return undefined;
    if (!this.services.config.get(document.uri).hoversEnabled) return undefined;
    const view = this.services.corpus.current;
    const doc = indexedDocOf(this.services, document, view);
    if (!doc) return undefined;
    const hit = hoverMarkdownAt({ snapshot: view.snapshot, doc, text: view.text }, document.offsetAt(position));
    if (!hit) return undefined;
    return new vscode.Hover(trustedMarkdown(hit.markdown), new vscode.Range(document.positionAt(hit.start), document.positionAt(hit.end)));
  }
}

export const hoverFeature: Feature = (context, services) => {
  const selector = ARTICLE_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, new CrossreadHoverProvider(services)));
};
