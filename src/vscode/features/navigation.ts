// Getting around the corpus: open a mention or figure (internal, from hovers and trees), List Contradictions,
// Find Entity (fuzzy over every spelling), Show Variants at Cursor.
import Fuse from 'fuse.js';
import * as vscode from 'vscode';
import { formatFigureValue, type CorpusSnapshot, type Entity } from '../../core';
import type { Feature, Services } from '../services/services';
import { Commands } from '../view/commandIds';
import { spellings } from '../view/entityUsage';
import { claimRows } from '../view/hoverContent';
import { KIND_LABEL, VERDICT_ONE, plural, sentenceOf, snippet, sourceOf } from '../view/labels';
import { pickClaim } from './compare';
import { atCursor, errorMessage, lineStarts, openSpan, parseSpanArg, positionAt } from './util';

interface SpanPick extends vscode.QuickPickItem {
  span?: { doc: string; start: number; end: number };
  compare?: string;
}

export interface SpellingEntry {
  entityId: string;
  text: string;
  name: string;
  kind: string;
  sources: string;
  documents: number;
}

/** Every spelling of every entity, for the fuzzy search. */
export function spellingEntries(snapshot: CorpusSnapshot): SpellingEntry[] {
  const out: SpellingEntry[] = [];
  for (const e of snapshot.entities) {
    for (const v of e.variants) {
      out.push({
        entityId: e.id,
        text: v.text,
        name: e.name,
        kind: KIND_LABEL[e.kind],
        sources: v.documents.map((d) => sourceOf(snapshot, d)).join(', '),
        documents: e.documents.length,
      });
    }
  }
  return out;
}

/** Fuzzy search over spellings (typos and transliterations: "Paljuga" finds "Palyuga"). */
export function searchSpellings(entries: readonly SpellingEntry[], query: string, limit = 50): SpellingEntry[] {
  const q = query.trim();
  if (!q) return [...entries].sort((a, b) => b.documents - a.documents || a.text.localeCompare(b.text)).slice(0, limit);
  const fuse = new Fuse(entries, { keys: [{ name: 'text', weight: 2 }, { name: 'name', weight: 1 }], threshold: 0.4, ignoreLocation: true, includeScore: true });
  return fuse.search(q, { limit }).map((r) => r.item);
}

async function revealMentions(services: Services, entity: Entity, spelling?: string): Promise<void> {
  const view = services.corpus.current;
  const snapshot = view.snapshot;
  const uses = spellings(snapshot, entity);
  const first = (spelling ? uses.find((s) => s.text === spelling)?.uses[0]?.first : undefined) ?? entity.mentions[0];
  if (!first) return;
  const editor = await openSpan(services, first);
  if (!editor) return;
  // All mentions, in the references peek.
  const locations: vscode.Location[] = [];
  const starts = new Map<string, number[]>();
  for (const m of entity.mentions) {
    const uri = view.uri(m.doc);
    const text = view.text(m.doc);
    if (!uri || text === undefined) continue;
    let ls = starts.get(m.doc);
    if (!ls) starts.set(m.doc, (ls = lineStarts(text)));
    locations.push(new vscode.Location(uri, new vscode.Range(positionAt(ls, m.start), positionAt(ls, m.end))));
  }
  if (locations.length > 1) {
    await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, editor.selection.start, locations);
  }
}

async function pickAndOpen(services: Services, items: SpanPick[], placeHolder: string): Promise<void> {
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true });
  if (picked?.compare) await vscode.commands.executeCommand(Commands.compareClaim, { claim: picked.compare });
  else if (picked?.span) await openSpan(services, picked.span);
}

function claimItems(services: Services, claimId: string, currentFigure?: string): SpanPick[] {
  const view = services.corpus.current;
  const claim = view.snapshot.claim(claimId);
  if (!claim) return [];
  const items: SpanPick[] = [{ label: '$(split-horizontal) Open Sources Side by Side', compare: claim.id, alwaysShow: true }];
  for (const r of claimRows(view.snapshot, claim)) {
    const f = r.figure;
    items.push({
      label: `${f.id === currentFigure ? '$(arrow-right) ' : ''}${sourceOf(view.snapshot, f.doc)}: ${r.value}`,
      description: f.text,
      detail: snippet(view.text(f.doc), sentenceOf(view.snapshot, f), f, 140),
      span: { doc: f.doc, start: f.start, end: f.end },
    });
  }
  return items;
}

export const navigationFeature: Feature = (context, services) => {
  const run = (fn: (...args: unknown[]) => Promise<void> | void) => async (...args: unknown[]) => {
    try {
      await fn(...args);
    } catch (err) {
      services.log.error('command failed', err);
      void vscode.window.showErrorMessage(`Crossread: ${errorMessage(err)}`);
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(
      Commands.openMention,
      run(async (arg) => {
        const span = parseSpanArg(arg, services.corpus.current);
        if (!span) {
          void vscode.window.showWarningMessage('Crossread: that place is no longer in the corpus (the articles changed).');
          return;
        }
        await openSpan(services, span);
      }),
    ),

    vscode.commands.registerCommand(
      Commands.listContradictions,
      run(async () => {
        const id = await pickClaim(services, true, 'Conflicting figures: choose one to see what each source reports');
        if (!id) return;
        const snapshot = services.corpus.current.snapshot;
        const claim = snapshot.claim(id);
        await pickAndOpen(services, claimItems(services, id), claim ? `${VERDICT_ONE[claim.verdict]}: ${claim.summary}` : '');
      }),
    ),

    vscode.commands.registerCommand(
      Commands.findEntity,
      run(async () => {
        const snapshot = services.corpus.current.snapshot;
        const entries = spellingEntries(snapshot);
        if (entries.length === 0) {
          void vscode.window.showInformationMessage('Crossread: no names found yet (is the folder indexed?).');
          return;
        }
        type Item = vscode.QuickPickItem & { entry: SpellingEntry };
        const toItems = (list: SpellingEntry[]): Item[] =>
          list.map((entry) => ({
            label: entry.text,
            description: `${entry.text !== entry.name ? `${entry.name} · ` : ''}${entry.kind} · ${plural(entry.documents, 'source')}`,
            detail: entry.sources,
            alwaysShow: true,
            entry,
          }));
        const qp = vscode.window.createQuickPick<Item>();
        qp.placeholder = 'Find a name in any spelling (fuzzy: “Paljuga” finds “Palyuga”)';
        qp.matchOnDescription = true;
        qp.items = toItems(searchSpellings(entries, ''));
        const picked = await new Promise<Item | undefined>((resolve) => {
          qp.onDidChangeValue((value) => (qp.items = toItems(searchSpellings(entries, value))));
          qp.onDidAccept(() => {
            resolve(qp.selectedItems[0] ?? qp.activeItems[0]);
            qp.hide();
          });
          qp.onDidHide(() => resolve(undefined));
          qp.show();
        });
        qp.dispose();
        if (!picked) return;
        const entity = services.corpus.current.snapshot.entity(picked.entry.entityId);
        if (entity) await revealMentions(services, entity, picked.entry.text);
      }),
    ),

    vscode.commands.registerCommand(
      Commands.showVariants,
      run(async () => {
        const here = atCursor(services);
        if (!here) {
          void vscode.window.showInformationMessage('Crossread: put the cursor on a name or a figure in an indexed article.');
          return;
        }
        const snapshot = here.view.snapshot;
        if (here.mention) {
          const e = here.mention.entity;
          const items: SpanPick[] = [];
          for (const s of spellings(snapshot, e)) {
            items.push({ label: s.text, kind: vscode.QuickPickItemKind.Separator });
            for (const u of s.uses) {
              items.push({
                label: `${s.text === here.mention.mention.name && u.doc === here.doc ? '$(arrow-right) ' : ''}${s.text}`,
                description: `${sourceOf(snapshot, u.doc)}${u.count > 1 ? ` · ×${u.count}` : ''}`,
                detail: snippet(here.view.text(u.doc), snapshot.analysis(u.doc)?.sentences[snapshot.mentionAt(u.doc, u.first.start)?.mention.sentence ?? -1], u.first, 140),
                span: { doc: u.doc, start: u.first.start, end: u.first.end },
              });
            }
          }
          await pickAndOpen(services, items, `${e.name} (${KIND_LABEL[e.kind]}): ${plural(e.variants.length, 'spelling')} in ${plural(e.documents.length, 'source')}`);
          return;
        }
        if (here.figure) {
          const f = here.figure.figure;
          if (!here.figure.claim) {
            void vscode.window.showInformationMessage(`Crossread: ${formatFigureValue(f)} — no other source reports this figure.`);
            return;
          }
          await pickAndOpen(services, claimItems(services, here.figure.claim.id, f.id), `${VERDICT_ONE[here.figure.claim.verdict]}: ${here.figure.claim.summary}`);
          return;
        }
        void vscode.window.showInformationMessage('Crossread: no name or figure at the cursor.');
      }),
    ),
  );
};
