// Mark as Same Entity, Mark as Different Entities, Ignore Figure: the reader's decisions, written to
// crossread.yaml (comments kept, atomic write) and honoured by the engine once the file is reloaded.
import * as vscode from 'vscode';
import { DECISIONS_FILE, formatFigureValue, type CorpusSnapshot, type Entity, type Figure } from '../../core';
import type { NewDecision } from '../services/decisions';
import type { Feature, Services } from '../services/services';
import { Commands } from '../view/commandIds';
import { KIND_LABEL, plural, sourceOf } from '../view/labels';
import { atCursor, errorMessage } from './util';

type EntityItem = vscode.QuickPickItem & { entity: Entity };

function entityItems(snapshot: CorpusSnapshot, except?: string): EntityItem[] {
  return snapshot.entities
    .filter((e) => e.id !== except)
    .map((entity) => ({
      label: entity.name,
      description: `${KIND_LABEL[entity.kind]} · ${plural(entity.documents.length, 'source')}`,
      detail: entity.variants.map((v) => v.text).join(', '),
      entity,
    }));
}

/** The entity a command is about: a tree node, the cursor, or a choice. */
async function targetEntity(services: Services, arg: unknown, placeHolder: string): Promise<{ entity: Entity; spelling: string } | undefined> {
  const snapshot = services.corpus.current.snapshot;
  const node = arg as { type?: unknown; entity?: { id?: unknown }; spelling?: { text?: unknown } } | undefined;
  if (node && typeof node.entity?.id === 'string') {
    const entity = snapshot.entity(node.entity.id);
    if (entity) return { entity, spelling: typeof node.spelling?.text === 'string' ? node.spelling.text : entity.variants[0]?.text ?? entity.name };
  }
  const here = atCursor(services);
  if (here?.mention) return { entity: here.mention.entity, spelling: here.mention.mention.name };
  const picked = await vscode.window.showQuickPick(entityItems(snapshot), { placeHolder, matchOnDetail: true });
  return picked ? { entity: picked.entity, spelling: picked.entity.variants[0]?.text ?? picked.entity.name } : undefined;
}

function targetFigure(services: Services, arg: unknown): Figure | undefined {
  const snapshot = services.corpus.current.snapshot;
  const node = arg as { type?: unknown; figure?: { id?: unknown } } | undefined;
  if (node && typeof node.figure?.id === 'string') return snapshot.figure(node.figure.id);
  return atCursor(services)?.figure?.figure;
}

async function save(services: Services, decisions: NewDecision[], message: string): Promise<void> {
  for (const d of decisions) await services.decisions.add(d);
  const problems = services.decisions.problems;
  const uri = services.decisions.fileUri();
  // Not awaited: the command is done once the decision is saved, whatever the reader does with the message.
  void vscode.window
    .showInformationMessage(
      `Crossread: ${message} (saved in ${DECISIONS_FILE}).${problems.length ? ` ${DECISIONS_FILE} has ${plural(problems.length, 'problem')}.` : ''}`,
      `Open ${DECISIONS_FILE}`,
    )
    .then((choice) => (choice && uri ? vscode.window.showTextDocument(uri) : undefined));
}

export const decisionCommandsFeature: Feature = (context, services) => {
  const run = (fn: (arg: unknown) => Promise<void>) => async (arg: unknown) => {
    try {
      await fn(arg);
    } catch (err) {
      services.log.error('decision not saved', err);
      void vscode.window.showErrorMessage(`Crossread: ${errorMessage(err)}`);
    }
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(
      Commands.markSameEntity,
      run(async (arg) => {
        const target = await targetEntity(services, arg, 'Which entity?');
        if (!target) return;
        const snapshot = services.corpus.current.snapshot;
        const others = await vscode.window.showQuickPick(entityItems(snapshot, target.entity.id), {
          canPickMany: true,
          matchOnDetail: true,
          placeHolder: `Which entities are the same as “${target.entity.name}”?`,
        });
        if (!others?.length) return;
        const names = [target.spelling, ...others.map((o) => o.entity.variants[0]?.text ?? o.entity.name)];
        await save(services, [{ kind: 'same', names }], `${names.join(' = ')} are marked as the same entity`);
      }),
    ),

    vscode.commands.registerCommand(
      Commands.markDifferentEntities,
      run(async (arg) => {
        const target = await targetEntity(services, arg, 'Which entity has spellings that belong to someone else?');
        if (!target) return;
        const snapshot = services.corpus.current.snapshot;
        const spellings = target.entity.variants.filter((v) => v.text !== target.spelling);
        if (spellings.length === 0) {
          void vscode.window.showInformationMessage(`Crossread: “${target.spelling}” has no other spelling to tell apart.`);
          return;
        }
        const picked = await vscode.window.showQuickPick(
          spellings.map((v) => ({ label: v.text, description: v.documents.map((d) => sourceOf(snapshot, d)).join(', '), text: v.text })),
          { canPickMany: true, placeHolder: `Which spellings are NOT “${target.spelling}”?` },
        );
        if (!picked?.length) return;
        await save(
          services,
          picked.map((p) => ({ kind: 'different' as const, names: [target.spelling, p.text] })),
          `${picked.map((p) => p.text).join(', ')} ${picked.length === 1 ? 'is' : 'are'} marked as different from ${target.spelling}`,
        );
      }),
    ),

    vscode.commands.registerCommand(
      Commands.ignoreFigure,
      run(async (arg) => {
        const f = targetFigure(services, arg);
        if (!f) {
          void vscode.window.showInformationMessage('Crossread: put the cursor on a highlighted figure (or use the Claims view) to ignore it.');
          return;
        }
        await save(services, [{ kind: 'ignore_figures', doc: f.doc, text: f.text, start: f.start }], `“${f.text}” (${formatFigureValue(f)}) in ${f.doc} is ignored`);
      }),
    ),
  );
};
