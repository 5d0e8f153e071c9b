// What the extension host holds of each indexed document: the engine's analysis (exactly as the engine sent it:
// snapshots arrive without analyses and are rebuilt against these), the text it was analysed from, and its URI.
import * as vscode from 'vscode';
import { checksum, type DocumentAnalysis } from '../../../core';
import { uriOfId } from '../paths';

export class DocumentMirror {
  private readonly analyses = new Map<string, DocumentAnalysis>();
  private readonly texts = new Map<string, string>();
  private readonly uris = new Map<string, vscode.Uri>();

  get size(): number {
    return this.analyses.size;
  }

  has(id: string): boolean {
    return this.analyses.has(id);
  }

  analysis(id: string): DocumentAnalysis | undefined {
    return this.analyses.get(id);
  }

  /** Every analysis held, by id (in the order they were first set). */
  entries(): IterableIterator<[string, DocumentAnalysis]> {
    return this.analyses.entries();
  }

  allAnalyses(): DocumentAnalysis[] {
    return [...this.analyses.values()];
  }

  text(id: string): string | undefined {
    return this.texts.get(id);
  }

  hasUri(id: string): boolean {
    return this.uris.has(id);
  }

  /** The indexed documents' ids and URIs (a copy: callers may enqueue while iterating). */
  located(): [string, vscode.Uri][] {
    return [...this.uris];
  }

  /** An analysis from the index cache (no text yet: the scan reads the file). */
  restored(id: string, a: DocumentAnalysis, uri: vscode.Uri): void {
    this.analyses.set(id, a);
    this.uris.set(id, uri);
  }

  /** A file read and handed to the engine; `analysis` when the engine's analysis changed. */
  read(id: string, uri: vscode.Uri, text: string, analysis?: DocumentAnalysis): void {
    if (analysis) this.analyses.set(id, analysis);
    this.texts.set(id, text);
    this.uris.set(id, uri);
  }

  /** An analysis this mirror missed (a response dropped across a cancel), sent with a view: the engine's is the view's now. */
  fetched(a: DocumentAnalysis): void {
    const id = a.meta.id;
    this.analyses.set(id, a);
    const text = this.texts.get(id);
    if (text !== undefined && checksum(text) !== a.checksum) this.texts.delete(id);
    if (!this.uris.has(id)) {
      const uri = uriOfId(id);
      if (uri) this.uris.set(id, uri);
    }
  }

  forget(id: string): void {
    this.analyses.delete(id);
    this.texts.delete(id);
    this.uris.delete(id);
  }

  clear(): void {
    this.analyses.clear();
    this.texts.clear();
    this.uris.clear();
  }

  /** Copies of the texts and URIs held now, for a view that must not change when the mirror does. */
  frozen(): { texts: Map<string, string>; uris: Map<string, vscode.Uri> } {
    return { texts: new Map(this.texts), uris: new Map(this.uris) };
  }
}
