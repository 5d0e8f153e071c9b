// crossread.yaml at the root of the (first) workspace folder: the reader's decisions. Read on start and
// whenever it changes; problems go to the output channel and to the Problems panel at their line, and the
// decisions that could be read still apply (none when the YAML itself is broken). Edits go through the
// engine's addDecision (comments kept) and are written atomically: a temporary file, then a rename.
// The extension also runs in untrusted workspaces, where a cloned folder brings its own crossread.yaml: it is
// read as an article is, a regular file within a size limit (a named pipe or a link to a device is never opened).
import * as vscode from 'vscode';
import { addDecision, DECISIONS_FILE, emptyDecisions, parseDecisions, type Decisions, type DecisionsProblem } from '../../core';
import { decisionsNotAFile, decisionsText, decisionsTooLarge, MAX_DECISIONS_BYTES } from '../../core/decisions/decisionsYaml';
import type { Log } from './log';
import { KeyedDebouncer } from './schedule';

export type NewDecision = Parameters<typeof addDecision>[1];

export class DecisionsService implements vscode.Disposable {
  private current: Decisions = emptyDecisions();
  private problemsList: DecisionsProblem[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crossread');
  private readonly emitter = new vscode.EventEmitter<Decisions>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly debouncer = new KeyedDebouncer<string>();
  private loading: Promise<void> = Promise.resolve();
  private lastReport = '';

  constructor(private readonly log: Log) {}

  start(): void {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${DECISIONS_FILE}`);
    const reload = (uri: vscode.Uri) => {
      if (this.fileUri()?.toString() === uri.toString()) this.debouncer.schedule('load', 100, () => void this.load());
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.load()),
    );
    void this.load();
  }

  get decisions(): Decisions {
    return this.current;
  }

  get problems(): DecisionsProblem[] {
    return [...this.problemsList];
  }

  /** Where the decisions live; undefined without a workspace folder. */
  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, DECISIONS_FILE) : undefined;
  }

  /** Resolves when the last requested load is done. */
  whenLoaded(): Promise<void> {
    return this.loading;
  }

  load(): Promise<void> {
    this.loading = this.loading.then(() => this.doLoad());
    return this.loading;
  }

  /** Adds one decision to crossread.yaml (created when missing) and reloads it. */
  async add(decision: NewDecision): Promise<void> {
    const uri = this.fileUri();
    if (!uri) throw new Error('Open a folder first: decisions are kept in crossread.yaml at its root.');
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open?.isDirty) throw new Error(`${DECISIONS_FILE} has unsaved changes; save it first.`);
    const got = await this.read(uri);
    if (got && 'problem' in got) throw new Error(`${DECISIONS_FILE}: ${got.problem.message}; fix it first.`);
    const next = addDecision(got?.text ?? '', decision);
    await writeAtomically(uri, next);
    this.log.info(`${DECISIONS_FILE}: added ${describe(decision)}`);
    await this.load();
  }

  dispose(): void {
    this.debouncer.clear();
    for (const d of this.disposables) d.dispose();
    this.diagnostics.dispose();
    this.emitter.dispose();
  }

  private async doLoad(): Promise<void> {
    const uri = this.fileUri();
    this.diagnostics.clear();
    let got: Awaited<ReturnType<DecisionsService['read']>>;
    try {
      got = uri ? await this.read(uri) : undefined;
    } catch (err) {
      this.log.error(`${DECISIONS_FILE}: cannot read`, err);
    }
    if (got === undefined) {
      this.set(emptyDecisions(), []);
      return;
    }
    const text = 'text' in got ? got.text : '';
    let parsed: ReturnType<typeof parseDecisions>;
    if ('problem' in got) parsed = { decisions: emptyDecisions(), problems: [got.problem] };
    else {
      try {
        parsed = parseDecisions(text);
      } catch (err) {
        parsed = { decisions: emptyDecisions(), problems: [{ line: 1, message: err instanceof Error ? err.message : String(err) }] };
      }
      if (got.warning) parsed.problems.unshift(got.warning);
    }
    const { decisions, problems } = parsed;
    if (uri && problems.length > 0) {
      const lines = text.split(/\r\n|\r|\n/);
      this.diagnostics.set(
        uri,
        problems.map((p) => {
          const line = Math.max(0, Math.min(lines.length - 1, p.line - 1));
          const len = lines[line]?.length ?? 0;
          const d = new vscode.Diagnostic(new vscode.Range(line, 0, line, Math.max(1, len)), p.message, vscode.DiagnosticSeverity.Error);
          d.source = 'crossread';
          return d;
        }),
      );
    }
    const report = problems.map((p) => `${DECISIONS_FILE} line ${p.line}: ${p.message}`).join('\n');
    if (report && report !== this.lastReport) {
      const count = decisions.same.length + decisions.different.length + decisions.ignoreFigures.length;
      for (const line of report.split('\n')) this.log.error(line);
      this.log.warn(
        count === 0
          ? `${DECISIONS_FILE} could not be read; Crossread continues with no decisions until it is fixed.`
          : `${DECISIONS_FILE}: the entries with problems are ignored; ${count} other decisions apply.`,
      );
    } else if (!report && this.lastReport) {
      this.log.info(`${DECISIONS_FILE}: problems fixed`);
    }
    this.lastReport = report;
    this.set(decisions, problems);
  }

  private set(decisions: Decisions, problems: DecisionsProblem[]): void {
    const changed = JSON.stringify(decisions) !== JSON.stringify(this.current);
    this.current = decisions;
    this.problemsList = problems;
    if (changed) this.emitter.fire(decisions);
  }

  /**
   * The file's text, or why it is not read (not a regular file, too large, not text); undefined when there is no
   * file. Looked at (stat) before it is opened: reading a named pipe would wait forever, a device never end.
   */
  private async read(uri: vscode.Uri): Promise<{ text: string; warning?: DecisionsProblem } | { problem: DecisionsProblem } | undefined> {
    try {
      const st = await vscode.workspace.fs.stat(uri);
      if (!(st.type & vscode.FileType.File)) return { problem: decisionsNotAFile(kindOfType(st.type)) };
      if (st.size > MAX_DECISIONS_BYTES) return { problem: decisionsTooLarge(st.size) };
      return decisionsText(await vscode.workspace.fs.readFile(uri));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound')) return undefined;
      throw err;
    }
  }
}

/** Writes a temporary file beside the target, then renames it over the target. */
export async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const tmp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await Promise.resolve(vscode.workspace.fs.delete(tmp)).catch(() => undefined);
    throw err;
  }
}

/** What a file system entry that is not a regular file is, as the CLI says it. */
function kindOfType(type: vscode.FileType): string {
  const link = type & vscode.FileType.SymbolicLink ? ', through a symbolic link' : '';
  if (type & vscode.FileType.Directory) return `a folder${link}`;
  return `a named pipe, device or socket${link}`;
}

function describe(d: NewDecision): string {
  if (d.kind === 'ignore_figures') return `ignore figure "${d.text}" in ${d.doc}`;
  return `${d.kind}: ${d.names.join(', ')}`;
}
