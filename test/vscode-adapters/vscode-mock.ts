// A small stand-in for the `vscode` module (Foam style), enough for the editor layer's helpers and services to
// run under vitest: value classes behave like VS Code's, and the workspace has an in-memory file system whose
// watcher events the tests fire by hand. Use with: vi.mock('vscode', () => import('./vscode-mock')).
import { matchesGlob } from '../../src/core/documents/glob';

// ------------------------------------------------------------------------------------------- values
export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isEqual(o: Position): boolean {
    return o.line === this.line && o.character === this.character;
  }
  isBefore(o: Position): boolean {
    return this.line < o.line || (this.line === o.line && this.character < o.character);
  }
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    if (typeof a === 'number') {
      this.start = new Position(a, b as number);
      this.end = new Position(c!, d!);
    } else {
      this.start = a;
      this.end = b as Position;
    }
  }
  get isEmpty(): boolean {
    return this.start.isEqual(this.end);
  }
}

export class Selection extends Range {
  constructor(
    readonly anchor: Position,
    readonly active: Position,
  ) {
    super(anchor, active);
  }
}

export class Location {
  constructor(
    readonly uri: Uri,
    readonly range: Range,
  ) {}
}

export class MarkdownString {
  isTrusted?: boolean | { enabledCommands: readonly string[] };
  supportHtml?: boolean;
  supportThemeIcons?: boolean;
  constructor(
    public value = '',
    supportThemeIcons = false,
  ) {
    this.supportThemeIcons = supportThemeIcons;
  }
  appendMarkdown(s: string): this {
    this.value += s;
    return this;
  }
  appendText(s: string): this {
    this.value += s.replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&');
    return this;
  }
}

export class Hover {
  constructor(
    readonly contents: MarkdownString | MarkdownString[],
    readonly range?: Range,
  ) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export class ThemeIcon {
  constructor(
    readonly id: string,
    readonly color?: ThemeColor,
  ) {}
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class TreeItem {
  id?: string;
  description?: string | boolean;
  tooltip?: string | MarkdownString;
  iconPath?: ThemeIcon;
  contextValue?: string;
  command?: { command: string; title: string; arguments?: unknown[] };
  accessibilityInformation?: { label: string };
  constructor(
    public label: string,
    public collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

export enum FileType {
  Unknown = 0,
  File = 1,
  Directory = 2,
  SymbolicLink = 64,
}

export class FileSystemError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
  static FileNotFound(what?: unknown): FileSystemError {
    return new FileSystemError(`file not found: ${String(what)}`, 'FileNotFound');
  }
}

export enum ProgressLocation {
  SourceControl = 1,
  Window = 10,
  Notification = 15,
}
export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}
export enum OverviewRulerLane {
  Left = 1,
  Center = 2,
  Right = 4,
  Full = 7,
}
export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
  Two = 2,
}
export enum ConfigurationTarget {
  Global = 1,
  Workspace = 2,
  WorkspaceFolder = 3,
}
export enum TextEditorRevealType {
  Default = 0,
  InCenter = 1,
  InCenterIfOutsideViewport = 2,
  AtTop = 3,
}
export enum QuickPickItemKind {
  Separator = -1,
  Default = 0,
}

export class Disposable {
  constructor(private readonly fn: () => void = () => {}) {}
  dispose(): void {
    this.fn();
  }
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
}

export class EventEmitter<T> {
  private listeners = new Set<(e: T) => unknown>();
  readonly event = (listener: (e: T) => unknown): Disposable => {
    this.listeners.add(listener);
    return new Disposable(() => this.listeners.delete(listener));
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class CancellationTokenSource {
  private readonly emitter = new EventEmitter<void>();
  readonly token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {}
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
  ) {}
  static file(path: string): Uri {
    return new Uri('file', '', path.replace(/\\/g, '/'));
  }
  static parse(value: string): Uri {
    const m = /^([a-z][\w+.-]*):\/\/([^/]*)(.*)$/i.exec(value);
    if (!m) throw new Error(`bad uri ${value}`);
    return new Uri(m[1]!, m[2]!, decodeURIComponent(m[3]!));
  }
  static joinPath(base: Uri, ...segments: string[]): Uri {
    const parts = base.path.split('/');
    for (const seg of segments.flatMap((s) => s.split('/'))) {
      if (seg === '..') parts.pop();
      else if (seg !== '.' && seg !== '') parts.push(seg);
    }
    return new Uri(base.scheme, base.authority, parts.join('/') || '/');
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, this.authority, change.path ?? this.path);
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path.split('/').map(encodeURIComponent).join('/')}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

export class RelativePattern {
  readonly baseUri: Uri;
  constructor(
    base: { uri: Uri } | Uri,
    readonly pattern: string,
  ) {
    this.baseUri = base instanceof Uri ? base : base.uri;
  }
}

// ------------------------------------------------------------------------------ in-memory workspace
export interface MockFolder {
  uri: Uri;
  name: string;
  index: number;
}

const files = new Map<string, Uint8Array>();
const settings = new Map<string, unknown>();
const watcherEmitters = { create: new EventEmitter<Uri>(), change: new EventEmitter<Uri>(), delete: new EventEmitter<Uri>() };
const configEmitter = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
const docEmitters = {
  change: new EventEmitter<unknown>(),
  close: new EventEmitter<unknown>(),
  open: new EventEmitter<unknown>(),
  folders: new EventEmitter<unknown>(),
};
const registeredCommands = new Map<string, (...args: unknown[]) => unknown>();

export interface MockTextDocument {
  uri: Uri;
  languageId: string;
  version: number;
  isClosed: boolean;
  isDirty: boolean;
  getText(): string;
  positionAt(offset: number): Position;
  offsetAt(p: Position): number;
}

/** Test controls (not part of the real API). */
export const mock = {
  reset(): void {
    files.clear();
    mock.links.clear();
    mock.failures.clear();
    mock.hiddenFromSearch.clear();
    settings.clear();
    mock.readCount = 0;
    mock.textDocuments.length = 0;
    workspace.workspaceFolders = [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }];
    registeredCommands.clear();
    mock.messages.length = 0;
  },
  writeFile(path: string, content: string | Uint8Array): Uri {
    const uri = Uri.file(path);
    files.set(uri.path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    return uri;
  },
  deleteFile(path: string): Uri {
    files.delete(Uri.file(path).path);
    return Uri.file(path);
  },
  fileText(path: string): string | undefined {
    const b = files.get(path);
    return b ? new TextDecoder().decode(b) : undefined;
  },
  files(): string[] {
    return [...files.keys()].sort();
  },
  /** Symbolic links: link path -> target path (null: a broken link). Folders and files behind them are followed. */
  links: new Map<string, string | null>(),
  /** Files that findFiles leaves out (as ripgrep does a name with a line break). */
  hiddenFromSearch: new Set<string>(),
  /** Paths whose stat/readFile fail with this error (e.g. permission denied). */
  failures: new Map<string, Error>(),
  readCount: 0,
  /** Milliseconds each readFile takes. */
  readDelayMs: 0,
  fire(kind: 'create' | 'change' | 'delete', uri: Uri): void {
    watcherEmitters[kind].fire(uri);
  },
  setSetting(key: string, value: unknown): void {
    settings.set(key, value);
    configEmitter.fire({ affectsConfiguration: (s: string) => key === s || key.startsWith(`${s}.`) || s.startsWith(`${key}.`) });
  },
  textDocuments: [] as MockTextDocument[],
  openDocument(uri: Uri, text: string, languageId = 'plaintext'): MockTextDocument {
    const doc = textDocument(uri, text, languageId);
    mock.textDocuments.push(doc);
    docEmitters.open.fire(doc);
    return doc;
  },
  editDocument(doc: MockTextDocument, text: string): void {
    (doc as unknown as { _text: string })._text = text;
    doc.version++;
    doc.isDirty = true;
    docEmitters.change.fire({ document: doc, contentChanges: [{ text }] });
  },
  closeDocument(doc: MockTextDocument): void {
    doc.isClosed = true;
    mock.textDocuments.splice(mock.textDocuments.indexOf(doc), 1);
    docEmitters.close.fire(doc);
  },
  commands: registeredCommands,
  messages: [] as string[],
};

export function textDocument(uri: Uri, text: string, languageId = 'plaintext'): MockTextDocument {
  const doc = {
    uri,
    languageId,
    version: 1,
    isClosed: false,
    isDirty: false,
    _text: text,
    getText(): string {
      return doc._text;
    },
    positionAt(offset: number): Position {
      const before = doc._text.slice(0, Math.max(0, Math.min(offset, doc._text.length)));
      const lines = before.split(/\r\n|\r|\n/);
      return new Position(lines.length - 1, lines[lines.length - 1]!.length);
    },
    offsetAt(p: Position): number {
      const lines = doc._text.split(/(?<=\r\n|\r(?!\n)|\n)/);
      let o = 0;
      for (let i = 0; i < p.line && i < lines.length; i++) o += lines[i]!.length;
      return o + p.character;
    },
  };
  return doc;
}

function notFound(uri: Uri): never {
  throw FileSystemError.FileNotFound(uri.path);
}

/** The path with its linked parts replaced by their targets; undefined for a broken link or a loop. */
function resolveLinks(path: string): string | undefined {
  let p = path;
  for (let hops = 0; hops < 40; hops++) {
    let changed = false;
    for (const [link, target] of mock.links) {
      if (p === link || p.startsWith(`${link}/`)) {
        if (target === null) return undefined;
        p = target + p.slice(link.length);
        changed = true;
        break;
      }
    }
    if (!changed) return p;
  }
  return undefined;
}

function isDir(path: string): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  for (const k of files.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

export const workspace = {
  workspaceFolders: [{ uri: Uri.file('/ws'), name: 'ws', index: 0 }] as MockFolder[] | undefined,
  get textDocuments() {
    return mock.textDocuments;
  },
  fs: {
    async stat(uri: Uri) {
      const failure = mock.failures.get(uri.path);
      if (failure) throw failure;
      const path = resolveLinks(uri.path) ?? notFound(uri);
      const link = mock.links.has(uri.path) ? FileType.SymbolicLink : 0;
      const b = files.get(path);
      if (b) return { type: FileType.File | link, size: b.length, ctime: 0, mtime: 0 };
      if (isDir(path)) return { type: FileType.Directory | link, size: 0, ctime: 0, mtime: 0 };
      return notFound(uri);
    },
    async readFile(uri: Uri) {
      mock.readCount++;
      if (mock.readDelayMs) await new Promise((r) => setTimeout(r, mock.readDelayMs));
      const failure = mock.failures.get(uri.path);
      if (failure) throw failure;
      const b = files.get(resolveLinks(uri.path) ?? '');
      return b ? new Uint8Array(b) : notFound(uri);
    },
    async writeFile(uri: Uri, content: Uint8Array) {
      files.set(uri.path, new Uint8Array(content));
    },
    async rename(from: Uri, to: Uri, opts?: { overwrite?: boolean }) {
      const b = files.get(from.path) ?? notFound(from);
      if (files.has(to.path) && !opts?.overwrite) throw new FileSystemError('exists', 'FileExists');
      files.set(to.path, b);
      files.delete(from.path);
    },
    async delete(uri: Uri) {
      files.delete(uri.path);
    },
    async createDirectory(_uri: Uri) {
      // Folders exist when files do in this file system.
    },
    async readDirectory(uri: Uri): Promise<[string, FileType][]> {
      const dir = resolveLinks(uri.path) ?? notFound(uri);
      const prefix = dir.endsWith('/') ? dir : `${dir}/`;
      const out = new Map<string, FileType>();
      for (const k of files.keys()) {
        if (!k.startsWith(prefix)) continue;
        const rest = k.slice(prefix.length);
        const slash = rest.indexOf('/');
        if (slash < 0) out.set(rest, FileType.File);
        else out.set(rest.slice(0, slash), FileType.Directory);
      }
      for (const [link, target] of mock.links) {
        if (!link.startsWith(prefix) || link.slice(prefix.length).includes('/')) continue;
        const to = target === null ? undefined : resolveLinks(target);
        const type = to === undefined ? FileType.Unknown : files.has(to) ? FileType.File : isDir(to) ? FileType.Directory : FileType.Unknown;
        out.set(link.slice(prefix.length), type | FileType.SymbolicLink);
      }
      return [...out.entries()];
    },
  },
  async findFiles(include: RelativePattern, exclude?: string | null) {
    const base = include.baseUri.path.endsWith('/') ? include.baseUri.path : `${include.baseUri.path}/`;
    const out: Uri[] = [];
    for (const k of [...files.keys()].sort()) {
      if (!k.startsWith(base)) continue;
      const rel = k.slice(base.length);
      if (!matchesGlob(rel, include.pattern)) continue;
      if (exclude && matchesGlob(rel, exclude)) continue;
      if (mock.hiddenFromSearch.has(k)) continue;
      out.push(Uri.file(k));
    }
    // Links to files are listed too (the search follows links); broken ones and loops are not.
    for (const link of [...mock.links.keys()].sort()) {
      const to = resolveLinks(link);
      if (!link.startsWith(base) || to === undefined || !files.has(to)) continue;
      const rel = link.slice(base.length);
      if (matchesGlob(rel, include.pattern) && !(exclude && matchesGlob(rel, exclude))) out.push(Uri.file(link));
    }
    return out;
  },
  getConfiguration(section: string) {
    return {
      get<T>(key: string, fallback?: T): T | undefined {
        const k = `${section}.${key}`;
        return settings.has(k) ? (settings.get(k) as T) : fallback;
      },
      inspect(key: string) {
        return { key, workspaceValue: undefined, workspaceFolderValue: undefined, globalValue: settings.get(`${section}.${key}`) };
      },
      async update(key: string, value: unknown) {
        mock.setSetting(`${section}.${key}`, value);
      },
    };
  },
  getWorkspaceFolder(uri: Uri) {
    return workspace.workspaceFolders?.find((f) => uri.path.startsWith(`${f.uri.path}/`));
  },
  asRelativePath(uri: Uri) {
    return uri.path;
  },
  createFileSystemWatcher() {
    return {
      onDidCreate: watcherEmitters.create.event,
      onDidChange: watcherEmitters.change.event,
      onDidDelete: watcherEmitters.delete.event,
      dispose() {},
    };
  },
  onDidChangeConfiguration: configEmitter.event,
  onDidChangeTextDocument: docEmitters.change.event,
  onDidCloseTextDocument: docEmitters.close.event,
  onDidOpenTextDocument: docEmitters.open.event,
  onDidChangeWorkspaceFolders: docEmitters.folders.event,
  async openTextDocument(uri: Uri) {
    return mock.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? textDocument(uri, mock.fileText(uri.path) ?? '');
  },
};

function outputChannel() {
  const lines: string[] = [];
  const log = (level: string) => (m: string) => {
    lines.push(`${level}: ${m}`);
    mock.messages.push(`${level}: ${m}`);
  };
  return { lines, info: log('info'), warn: log('warn'), error: log('error'), appendLine: log('line'), show() {}, dispose() {} };
}

export const window = {
  createOutputChannel: () => outputChannel(),
  async withProgress<R>(_options: unknown, task: (progress: { report(v: unknown): void }, token: CancellationTokenSource['token']) => Promise<R>) {
    return task({ report() {} }, new CancellationTokenSource().token);
  },
  createStatusBarItem: () => ({ text: '', show() {}, hide() {}, dispose() {} }),
  showInformationMessage: async (m: string) => {
    mock.messages.push(`popup: ${m}`);
    return undefined;
  },
  showWarningMessage: async (m: string) => {
    mock.messages.push(`popup: ${m}`);
    return undefined;
  },
  showErrorMessage: async (m: string) => {
    mock.messages.push(`popup: ${m}`);
    return undefined;
  },
  setStatusBarMessage: () => new Disposable(),
  visibleTextEditors: [] as unknown[],
  activeTextEditor: undefined as unknown,
  onDidChangeVisibleTextEditors: new EventEmitter<unknown>().event,
  createTextEditorDecorationType: (options: unknown) => ({ options, dispose() {} }),
  createTreeView: (id: string, options: { treeDataProvider: unknown }) => ({ id, ...options, badge: undefined, description: undefined, dispose() {} }),
  registerWebviewPanelSerializer: () => new Disposable(),
};

export const commands = {
  registerCommand(id: string, fn: (...args: unknown[]) => unknown) {
    registeredCommands.set(id, fn);
    return new Disposable(() => registeredCommands.delete(id));
  },
  async executeCommand(id: string, ...args: unknown[]) {
    return registeredCommands.get(id)?.(...args);
  },
};

export const languages = {
  createDiagnosticCollection() {
    const map = new Map<string, Diagnostic[]>();
    return {
      set(uri: Uri, d: Diagnostic[]) {
        map.set(uri.toString(), d);
      },
      get(uri: Uri) {
        return map.get(uri.toString());
      },
      clear() {
        map.clear();
      },
      dispose() {},
      entries: map,
    };
  },
  registerHoverProvider: () => new Disposable(),
};

mock.reset();
