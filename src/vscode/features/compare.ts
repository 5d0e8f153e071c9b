// "Open Sources Side by Side": one claim's sentences from every source in a webview, the figures marked and
// the ones that agree with no other source flagged. Strict CSP with a nonce, assets from media/ only, theme
// colours through --vscode-* variables. The page can only ask to open a span, which is checked here.
import * as vscode from 'vscode';
import type { Feature, Services } from '../services/services';
import { Commands } from '../view/commandIds';
import { comparePage, compareModel } from '../view/compare';
import { claimHeadline } from '../view/hoverContent';
import { VERDICT_ONE } from '../view/labels';
import { atCursor, errorMessage, openSpan, parseClaimArg, parseSpanArg } from './util';

export class ComparePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private claimId: string | undefined;
  private html: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly services: Services,
  ) {
    this.disposables.push(services.corpus.onDidChangeSnapshot(() => this.render()));
  }

  get state(): { claimId: string | undefined; html: string | undefined } {
    return { claimId: this.panel ? this.claimId : undefined, html: this.panel ? this.html : undefined };
  }

  show(claimId: string): void {
    this.claimId = claimId;
    if (!this.panel) {
      const media = vscode.Uri.joinPath(this.extensionUri, 'media');
      this.panel = vscode.window.createWebviewPanel(
        'crossread.compare',
        'Compare Sources',
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
        { enableScripts: true, localResourceRoots: [media], enableFindWidget: true },
      );
      this.panel.iconPath = vscode.Uri.joinPath(media, 'crossread.svg');
      this.panel.onDidDispose(() => {
        this.panel = undefined;
        this.html = undefined;
      }, undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((msg) => void this.onMessage(msg), undefined, this.disposables);
    } else {
      this.panel.reveal(undefined, false);
    }
    this.render();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private render(): void {
    if (!this.panel || !this.claimId) return;
    const view = this.services.corpus.current;
    const claim = view.snapshot.claim(this.claimId);
    const webview = this.panel.webview;
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const model = claim ? compareModel(view.snapshot, claim, view.text) : undefined;
    this.panel.title = claim ? `Compare: ${claim.about || 'claim'}` : 'Compare Sources';
    this.html = comparePage(model, {
      cspSource: webview.cspSource,
      nonce: nonce(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(media, 'compare.js')).toString(),
    });
    webview.html = this.html;
  }

  private async onMessage(msg: unknown): Promise<void> {
    if (!msg || typeof msg !== 'object' || (msg as { type?: unknown }).type !== 'open') return;
    const span = parseSpanArg(msg, this.services.corpus.current);
    if (!span) return;
    try {
      await openSpan(this.services, span, { preview: true, viewColumn: vscode.ViewColumn.One });
    } catch (err) {
      this.services.log.error(`cannot open ${span.doc}`, err);
    }
  }
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Quick pick of claims (conflicts first). */
export async function pickClaim(services: Services, onlyConflicts: boolean, placeHolder: string): Promise<string | undefined> {
  const snapshot = services.corpus.current.snapshot;
  const claims = onlyConflicts ? snapshot.conflicts : snapshot.claims;
  if (claims.length === 0) {
    void vscode.window.showInformationMessage(
      onlyConflicts ? 'Crossread: no conflicting figures between the sources.' : 'Crossread: no figure is reported by more than one source.',
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    claims.map((c) => ({ label: claimHeadline(snapshot, c), description: VERDICT_ONE[c.verdict], detail: c.summary, id: c.id })),
    { placeHolder, matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.id;
}

export const compareFeature: Feature = (context, services) => {
  const panel = new ComparePanel(context.extensionUri, services);
  services.hooks.compare = () => panel.state;
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(Commands.compareClaim, (arg: unknown) => {
      const id = parseClaimArg(arg, services.corpus.current.snapshot);
      if (!id) {
        void vscode.window.showWarningMessage('Crossread: that claim is no longer in the corpus.');
        return;
      }
      panel.show(id);
    }),
    vscode.commands.registerCommand(Commands.openSideBySide, async (arg?: unknown) => {
      try {
        const snapshot = services.corpus.current.snapshot;
        let id = parseClaimArg(arg, snapshot) ?? parseClaimArg(treeClaim(arg), snapshot);
        if (!id) {
          const here = atCursor(services);
          id = here?.figure?.claim?.id;
          if (here?.figure && !here.figure.claim) void vscode.window.showInformationMessage('Crossread: no other source reports the figure at the cursor; choose a claim.');
        }
        id ??= await pickClaim(services, false, 'Choose a claim to compare across sources');
        if (id) panel.show(id);
      } catch (err) {
        void vscode.window.showErrorMessage(`Crossread: ${errorMessage(err)}`);
      }
    }),
  );
};

/** A Claims tree node passed by a view menu. */
function treeClaim(arg: unknown): string | undefined {
  const node = arg as { type?: unknown; claim?: { id?: unknown } } | undefined;
  return node && (node.type === 'claim' || node.type === 'figure') && typeof node.claim?.id === 'string' ? node.claim.id : undefined;
}
