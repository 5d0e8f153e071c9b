// Rebuild Index, Export Report (Markdown or JSON, the CLI's exact output), Toggle Highlights.
import * as vscode from 'vscode';
import { renderMarkdown, toReportV1, type CorpusSnapshot } from '../../core';
import { writeAtomically } from '../services/decisions';
import type { Feature, Services } from '../services/services';
import { Commands } from '../view/commandIds';
import { errorMessage } from './util';

export type ReportFormat = 'md' | 'json';

/** The report text, byte for byte what `crossread report <folder> [--format json]` prints. */
export function reportText(snapshot: CorpusSnapshot, format: ReportFormat, folderName: string): string {
  return format === 'json' ? `${JSON.stringify(toReportV1(snapshot), null, 2)}\n` : renderMarkdown(snapshot, `Crossread report: ${folderName}`);
}

export const corpusCommandsFeature: Feature = (context, services) => {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.rebuildIndex, async () => {
      services.log.info('rebuilding the index');
      await services.decisions.load();
      await services.corpus.scan({ reset: true, location: vscode.ProgressLocation.Notification });
    }),

    vscode.commands.registerCommand(Commands.exportReport, async (formatArg?: unknown, uriArg?: unknown) => {
      try {
        await exportReport(services, formatArg, uriArg);
      } catch (err) {
        services.log.error('export failed', err);
        void vscode.window.showErrorMessage(`Crossread: the report could not be written: ${errorMessage(err)}`);
      }
    }),

    vscode.commands.registerCommand(Commands.toggleHighlights, async () => {
      const section = vscode.workspace.getConfiguration('crossread');
      const enabled = services.config.get().highlights.enabled;
      const inspect = section.inspect<boolean>('highlights.enabled');
      const target =
        inspect?.workspaceFolderValue !== undefined
          ? vscode.ConfigurationTarget.WorkspaceFolder
          : inspect?.workspaceValue !== undefined
            ? vscode.ConfigurationTarget.Workspace
            : vscode.ConfigurationTarget.Global;
      await section.update('highlights.enabled', !enabled, target);
      vscode.window.setStatusBarMessage(`Crossread: highlights ${enabled ? 'off' : 'on'}`, 2500);
    }),
  );
};

async function exportReport(services: Services, formatArg: unknown, uriArg: unknown): Promise<void> {
  let format: ReportFormat | undefined = formatArg === 'md' || formatArg === 'json' ? formatArg : undefined;
  if (!format) {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Markdown', description: 'for people: claims, entities in several sources, documents', format: 'md' as const },
        { label: 'JSON', description: 'the CLI’s JSON contract (version 1), for other programs', format: 'json' as const },
      ],
      { placeHolder: 'Export the Crossread report as' },
    );
    if (!picked) return;
    format = picked.format;
  }
  const folder = vscode.workspace.workspaceFolders?.[0];
  let target = uriArg instanceof vscode.Uri ? uriArg : undefined;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      title: 'Export Crossread Report',
      defaultUri: folder ? vscode.Uri.joinPath(folder.uri, `crossread-report.${format}`) : undefined,
      filters: format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
      saveLabel: 'Export',
    });
    if (!target) return;
  }
  if (services.corpus.indexState.indexing) {
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Crossread: finishing the index before exporting…' }, () =>
      services.corpus.whenIdle(),
    );
  }
  const text = reportText(services.corpus.current.snapshot, format, folder?.name ?? 'workspace');
  await writeAtomically(target, text);
  services.log.info(`report written to ${target.toString(true)}`);
  if (uriArg === undefined) {
    const written = target;
    void vscode.window
      .showInformationMessage(`Crossread: report exported to ${vscode.workspace.asRelativePath(written)}.`, 'Open')
      .then((open) => (open ? vscode.window.showTextDocument(written) : undefined));
  }
}
