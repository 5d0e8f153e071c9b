// Highlights: names coloured by kind (solid underline; thicker, with a tint, when several sources name them),
// figures in a dotted box, figures of a conflicting claim in a solid box with a mark in the overview ruler.
// Colours come from `contributes.colors`, so themes (and high contrast) can change them. Only visible editors
// are painted, when the snapshot or the visible editors or the settings change.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGES } from '../services/config';
import type { Feature } from '../services/services';
import { DECORATION_KEYS, decorationSpans, type DecorationKey } from '../view/decorationSpans';

const KIND_COLOR = { person: 'crossread.person', place: 'crossread.place', organization: 'crossread.organization', other: 'crossread.otherName' } as const;

export function decorationOptions(key: DecorationKey): vscode.DecorationRenderOptions {
  if (key === 'figure') {
    return { borderWidth: '1px', borderStyle: 'dotted', borderColor: new vscode.ThemeColor('crossread.figure'), borderRadius: '2px' };
  }
  if (key === 'figure.conflict') {
    return {
      borderWidth: '1px',
      borderStyle: 'solid',
      borderColor: new vscode.ThemeColor('crossread.conflictFigure'),
      borderRadius: '2px',
      backgroundColor: new vscode.ThemeColor('crossread.conflictFigureBackground'),
      overviewRulerColor: new vscode.ThemeColor('crossread.conflictFigure'),
      overviewRulerLane: vscode.OverviewRulerLane.Right,
    };
  }
  const [, kind, cross] = key.split('.') as [string, keyof typeof KIND_COLOR, string | undefined];
  const color = new vscode.ThemeColor(KIND_COLOR[kind]);
  return cross
    ? { borderWidth: '0 0 2px 0', borderStyle: 'solid', borderColor: color, backgroundColor: new vscode.ThemeColor('crossread.crossSourceBackground') }
    : { borderWidth: '0 0 1px 0', borderStyle: 'solid', borderColor: color };
}

export const decorationsFeature: Feature = (context, services) => {
  const types = new Map<DecorationKey, vscode.TextEditorDecorationType>();
  for (const key of DECORATION_KEYS) {
    const type = vscode.window.createTextEditorDecorationType(decorationOptions(key));
    types.set(key, type);
    context.subscriptions.push(type);
  }
  const applied = new Map<string, Record<string, vscode.Range[]>>();

  const clear = (editor: vscode.TextEditor) => {
    for (const type of types.values()) editor.setDecorations(type, []);
    applied.delete(editor.document.uri.toString());
  };

  const paint = (editor: vscode.TextEditor) => {
    const document = editor.document;
    if (!ARTICLE_LANGUAGES.includes(document.languageId)) return;
    const cfg = services.config.get(document.uri);
    const view = services.corpus.current;
    const doc = services.corpus.idOf(document.uri);
    if (!cfg.highlights.enabled || !doc || !view.snapshot.analysis(doc)) {
      if (applied.has(document.uri.toString())) clear(editor);
      return;
    }
    // Edits not indexed yet: VS Code keeps the old decorations in place as the text moves; repaint later.
    if (view.text(doc) !== document.getText()) return;
    const spans = decorationSpans(view.snapshot, doc, cfg.highlights.kinds);
    const record: Record<string, vscode.Range[]> = {};
    for (const [key, list] of spans) {
      const ranges = list.map((s) => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
      editor.setDecorations(types.get(key)!, ranges);
      record[key] = ranges;
    }
    applied.set(document.uri.toString(), record);
  };

  const paintVisible = () => {
    for (const editor of vscode.window.visibleTextEditors) paint(editor);
  };

  services.hooks.decorations = () => Object.fromEntries(applied);
  context.subscriptions.push(
    services.corpus.onDidChangeSnapshot(paintVisible),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      const visible = new Set(editors.map((e) => e.document.uri.toString()));
      for (const key of [...applied.keys()]) if (!visible.has(key)) applied.delete(key);
      for (const editor of editors) paint(editor);
    }),
    services.config.onDidChange((e) => {
      if (e.affectsConfiguration('crossread.highlights')) paintVisible();
    }),
  );
  paintVisible();
};

