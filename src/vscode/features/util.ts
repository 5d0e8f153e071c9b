// Helpers shared by the features: what sits at the cursor, opening a document at a span, validating the
// arguments of commands that hovers, trees and the webview call.
import * as vscode from 'vscode';
import type { CorpusSnapshot, FigureHit, MentionHit } from '../../core';
import type { CorpusView } from '../services/corpus';
import type { DocSpan, Services } from '../services/services';

/** A `{doc, start, end}` argument from a command link, a tree item or the webview, checked against the snapshot. */
export function parseSpanArg(arg: unknown, view: CorpusView): DocSpan | undefined {
  if (!arg || typeof arg !== 'object') return undefined;
  const { doc, start, end } = arg as Record<string, unknown>;
  if (typeof doc !== 'string' || doc.length > 4096 || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return undefined;
  const s = start as number;
  const e = end as number;
  if (s < 0 || e < s) return undefined;
  const a = view.snapshot.analysis(doc);
  if (!a || e > a.length) return undefined;
  return { doc, start: s, end: e };
}

/** A `{claim}` argument naming a claim of the snapshot. */
export function parseClaimArg(arg: unknown, snapshot: CorpusSnapshot): string | undefined {
  if (typeof arg === 'string') return snapshot.claim(arg) ? arg : undefined;
  if (!arg || typeof arg !== 'object') return undefined;
  const id = (arg as Record<string, unknown>).claim;
  return typeof id === 'string' && snapshot.claim(id) ? id : undefined;
}

/** Line starts of a text (any line ending), to turn many offsets into positions. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): vscode.Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return new vscode.Position(lo, offset - starts[lo]!);
}

/** Line/character of an offset in a text (any line ending). */
export function positionIn(text: string, offset: number): vscode.Position {
  return positionAt(lineStarts(text), Math.min(Math.max(0, offset), text.length));
}

/** Opens the document at a span of the analysed text and selects it. */
export async function openSpan(services: Services, span: DocSpan, options: { preview?: boolean; viewColumn?: vscode.ViewColumn } = {}): Promise<vscode.TextEditor | undefined> {
  const view = services.corpus.current;
  const uri = view.uri(span.doc);
  if (!uri) {
    void vscode.window.showWarningMessage(`Crossread: ${span.doc} is not in the workspace any more.`);
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const text = view.text(span.doc);
  const range =
    text !== undefined && document.getText() !== text
      ? new vscode.Range(positionIn(text, span.start), positionIn(text, span.end))
      : new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const editor = await vscode.window.showTextDocument(document, { preview: options.preview ?? true, viewColumn: options.viewColumn, selection: range });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export interface AtCursor {
  doc: string;
  view: CorpusView;
  mention?: MentionHit;
  figure?: FigureHit;
}

/**
 * The document id of an editor when the snapshot's analysis is of exactly the editor's text (otherwise the
 * offsets would be wrong: the edits are still being indexed).
 */
export function indexedDocOf(services: Services, document: vscode.TextDocument, view = services.corpus.current): string | undefined {
  const doc = services.corpus.idOf(document.uri);
  if (!doc || !view.snapshot.analysis(doc)) return undefined;
  return view.text(doc) === document.getText() ? doc : undefined;
}

export function atCursor(services: Services, editor: vscode.TextEditor | undefined = vscode.window.activeTextEditor): AtCursor | undefined {
  if (!editor) return undefined;
  const view = services.corpus.current;
  const doc = indexedDocOf(services, editor.document, view);
  if (!doc) return undefined;
  const offset = editor.document.offsetAt(editor.selection.active);
  // The cursor right after a word still means that word.
  const at = (o: number) => ({ mention: view.snapshot.mentionAt(doc, o), figure: view.snapshot.figureAt(doc, o) });
  let hit = at(offset);
  if (!hit.mention && !hit.figure && offset > 0) hit = at(offset - 1);
  return { doc, view, ...(hit.mention ? { mention: hit.mention } : {}), ...(hit.figure ? { figure: hit.figure } : {}) };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
