// The "Claims" and "Entities" tree views in the Crossread activity bar container. Both read the current
// snapshot and refresh when a new one is published; the Claims view's badge counts the conflicts.
import * as vscode from 'vscode';
import type { Feature, Services } from '../services/services';
import { CLAIMS_VIEW, ENTITIES_VIEW } from '../view/commandIds';
import { plural } from '../view/labels';
import { claimChildren, claimRoots, claimTreeItem, entityChildren, entityRoots, entityTreeItem, type ClaimNode, type EntityNode } from '../view/treeItems';

export class ClaimsProvider implements vscode.TreeDataProvider<ClaimNode> {
  private readonly emitter = new vscode.EventEmitter<ClaimNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  constructor(private readonly services: Services) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    const view = this.services.corpus.current;
    return claimTreeItem(view.snapshot, node, view.text);
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    const snapshot = this.services.corpus.current.snapshot;
    return node ? claimChildren(snapshot, node) : claimRoots(snapshot);
  }

  getParent(node: ClaimNode): ClaimNode | undefined {
    const snapshot = this.services.corpus.current.snapshot;
    if (node.type === 'figure') return { type: 'claim', claim: node.claim };
    if (node.type === 'claim') return { type: 'verdict', verdict: node.claim.verdict, claims: snapshot.claims.filter((c) => c.verdict === node.claim.verdict) };
    return undefined;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export class EntitiesProvider implements vscode.TreeDataProvider<EntityNode> {
  private readonly emitter = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  constructor(private readonly services: Services) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    return entityTreeItem(this.services.corpus.current.snapshot, node);
  }

  getChildren(node?: EntityNode): EntityNode[] {
    const snapshot = this.services.corpus.current.snapshot;
    return node ? entityChildren(snapshot, node) : entityRoots(snapshot);
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

export const viewsFeature: Feature = (context, services) => {
  const claims = new ClaimsProvider(services);
  const entities = new EntitiesProvider(services);
  const claimsView = vscode.window.createTreeView(CLAIMS_VIEW, { treeDataProvider: claims, showCollapseAll: true });
  const entitiesView = vscode.window.createTreeView(ENTITIES_VIEW, { treeDataProvider: entities, showCollapseAll: true });
  const update = () => {
    const snapshot = services.corpus.current.snapshot;
    const n = snapshot.conflicts.length;
    claimsView.badge = n > 0 ? { value: n, tooltip: `${plural(n, 'conflicting claim')}` } : undefined;
    claimsView.description = snapshot.claims.length ? plural(snapshot.claims.length, 'claim') : undefined;
    entitiesView.description = snapshot.documents.length ? `${snapshot.crossSourceEntities().length} in several sources` : undefined;
    claims.refresh();
    entities.refresh();
  };
  update();
  context.subscriptions.push(claims, entities, claimsView, entitiesView, services.corpus.onDidChangeSnapshot(update));
};
