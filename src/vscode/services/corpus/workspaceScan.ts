// The scan: lists the workspace's articles (file search, or a directory walk where search is unavailable), queues a
// removal for each indexed document no longer listed and a read for each listed one (unchanged files then cost a
// read and a checksum only), and surveys the folders for what the file search passes over without a word.
import * as vscode from 'vscode';
import type { ConfigService } from '../configService';
import { isExcluded, isIncluded } from '../../../core/documents/glob';
import { EDITOR_EXCLUSION_HINT, exclusionNotice, TOOL_PATHS } from '../../../core/documents/exclusions';
import type { Log } from '../log';
import { locate, type Located } from '../paths';
import { TimeSlicer, now } from '../schedule';
import type { IndexCacheLifecycle } from './cacheLifecycle';
import type { JobQueue } from './jobQueue';
import type { DocumentMirror } from './mirror';
import type { ArticleNotices } from './notices';
import type { IndexProgress } from './progress';

const MAX_WALK_ENTRIES = 200_000;
/** Files listed to count what the exclusion setting leaves out, at most. */
const LEFT_OUT_COUNTED = 20_000;

export interface ScanDeps {
  config: ConfigService;
  log: Log;
  queue: JobQueue;
  mirror: DocumentMirror;
  notices: ArticleNotices;
  progress: IndexProgress;
  cache: IndexCacheLifecycle;
  engineKind: () => string;
  /** Stops the work in progress (the progress notification's Cancel). */
  cancel: () => void;
  /** Resolves once `test()` holds (checked whenever the queue settles). */
  waitFor: (test: () => boolean) => Promise<void>;
}

export class WorkspaceScan {
  /** Scans and folder walks running: the service is not idle while one runs. */
  private active = 0;
  private disposed = false;

  constructor(private readonly deps: ScanDeps) {}

  get running(): boolean {
    return this.active > 0;
  }

  /** Lists the articles and queues their jobs; resolves when the jobs of this scan are done (or dropped). */
  async run(location: vscode.ProgressLocation = vscode.ProgressLocation.Window): Promise<void> {
    const { queue, progress, log, mirror } = this.deps;
    const epoch = queue.epoch;
    this.active++;
    progress.scanning(0);
    const started = now();
    try {
      await vscode.window.withProgress(
        { location, title: 'Crossread', cancellable: location === vscode.ProgressLocation.Notification },
        async (report, token) => {
          const cancel = token.onCancellationRequested(() => this.deps.cancel());
          const sub = progress.onDidChange((s) => s.total > 0 && report.report({ message: `indexing ${s.done}/${s.total} articles` }));
          try {
            report.report({ message: 'finding articles…' });
            const files = await this.listFiles(token);
            if (token.isCancellationRequested || epoch !== queue.epoch) return;
            const wanted = new Set<string>();
            for (const uri of files) {
              const id = locate(uri)?.id;
              if (id) wanted.add(id);
            }
            for (const [id, uri] of mirror.located()) {
              if (!wanted.has(id)) queue.enqueue(uri, 'remove', 0, false);
            }
            progress.scanning(files.length);
            for (const uri of files) queue.enqueue(uri, 'read', 0, false);
            queue.pump();
            await this.survey(new Set(files.map((u) => u.toString())), epoch, token);
            await this.deps.waitFor(() => epoch !== queue.epoch || queue.drained);
            if (epoch === queue.epoch) this.deps.cache.scanChecked();
          } finally {
            sub.dispose();
            cancel.dispose();
          }
        },
      );
      progress.scanned();
      if (epoch === queue.epoch) log.info(`indexed ${mirror.size} articles in ${Math.round(now() - started)} ms (engine: ${this.deps.engineKind()})`);
    } catch (err) {
      log.error('indexing failed', err);
    } finally {
      this.active--;
      queue.pump();
    }
  }

  /** A folder moved or copied into the workspace may arrive as one event: its articles are read. */
  folderCreated(uri: vscode.Uri, loc: Located, delayMs: number): void {
    const { config, queue } = this.deps;
    if (/\.[A-Za-z0-9]{1,8}$/.test(loc.rel)) return;
    const cfg = config.get(loc.folder);
    if (isExcluded(loc.rel, cfg.exclude)) return;
    queue.debounce(`folder:${uri.toString()}`, delayMs, () => {
      this.active++;
      void (async () => {
        try {
          const st = await vscode.workspace.fs.stat(uri);
          if (!(st.type & vscode.FileType.Directory)) return;
          const files = await this.walk(loc.folder, uri);
          for (const f of files) queue.enqueue(f, 'read', 0, false);
          queue.pump();
        } catch {
          /* gone again */
        } finally {
          this.active--;
          queue.pump();
        }
      })();
    });
  }

  dispose(): void {
    this.disposed = true;
  }

  /** Articles of a workspace folder: file search, or a directory walk where search is unavailable. */
  private async listFiles(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const { config, log } = this.deps;
    const out: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const cfg = config.get(folder);
      let uris: vscode.Uri[] = [];
      try {
        const simple = cfg.exclude.every((g) => !/[{}]/.test(g));
        const exclude = cfg.exclude.length === 0 ? null : simple ? `{${cfg.exclude.join(',')}}` : null;
        uris = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, cfg.include), exclude, undefined, token);
      } catch (err) {
        log.warn(`file search failed in ${folder.name} (${err instanceof Error ? err.message : String(err)}); walking the folder instead`);
      }
      if (uris.length === 0 && !token.isCancellationRequested) uris = await this.walk(folder, folder.uri, token);
      for (const uri of uris) {
        const loc = locate(uri);
        if (loc && loc.folder === folder && isIncluded(loc.rel, cfg.include, cfg.exclude)) out.push(uri);
      }
      await this.sayLeftOut(folder, cfg, token);
    }
    out.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
    return out;
  }

  /**
   * Never a silent loss: the articles the exclusion setting leaves out (tool folders and Crossread's own report
   * aside), counted and the first few named in the output channel, in the CLI's words.
   */
  private async sayLeftOut(folder: vscode.WorkspaceFolder, cfg: { include: string; exclude: string[] }, token: vscode.CancellationToken): Promise<void> {
    if (cfg.exclude.length === 0 || token.isCancellationRequested) return;
    try {
      const all = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, cfg.include), '{**/node_modules/**,**/.git/**,**/.vscode-test/**}', LEFT_OUT_COUNTED, token);
      const left: string[] = [];
      for (const uri of all) {
        const loc = locate(uri);
        if (loc && loc.folder === folder && !TOOL_PATHS.test(loc.rel) && isExcluded(loc.rel, cfg.exclude)) left.push(loc.rel);
      }
      left.sort();
      const line = exclusionNotice(left, EDITOR_EXCLUSION_HINT, all.length >= LEFT_OUT_COUNTED);
      if (line) this.deps.log.info(`${folder.name}: ${line}`);
    } catch {
      // Counting is a courtesy: a failed search changes nothing that is read.
    }
  }

  /**
   * What the file search passes over without a word, found with `workspace.fs.readDirectory`:
   * - article files it did not list (a line break in the name splits its output): read now;
   * - a link to a folder that contains it (a loop; the search does not follow it) and a broken link with an
   *   article's name: said in the output channel, in the CLI's words. A loop is a linked folder whose target is
   *   the same folder as one of its parents (same creation and modification times, same size, same entries).
   * A file link that loops onto itself is invisible to `workspace.fs` (its listing leaves it out), so the editor
   * cannot name it; the CLI does.
   */
  private async survey(listed: Set<string>, epoch: number, token?: vscode.CancellationToken): Promise<void> {
    const { config, queue, notices } = this.deps;
    const slicer = new TimeSlicer();
    const same = (a: vscode.FileStat, b: vscode.FileStat) => a.ctime === b.ctime && a.mtime === b.mtime && a.size === b.size;
    const listing = async (uri: vscode.Uri) =>
      JSON.stringify((await vscode.workspace.fs.readDirectory(uri)).map(([n, t]) => [n, t & ~vscode.FileType.SymbolicLink]).sort());
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const cfg = config.get(folder);
      /** Folders to look in, each with its parents (outermost first). */
      const stack: { uri: vscode.Uri; parents: vscode.Uri[] }[] = [{ uri: folder.uri, parents: [] }];
      let seen = 0;
      while (stack.length > 0 && seen < MAX_WALK_ENTRIES && !token?.isCancellationRequested && !this.disposed) {
        const { uri: dir, parents } = stack.pop()!;
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch {
          continue;
        }
        for (const [name, type] of entries) {
          seen++;
          const uri = vscode.Uri.joinPath(dir, name);
          const loc = locate(uri);
          if (!loc || isExcluded(loc.rel, cfg.exclude)) continue;
          if (!(type & vscode.FileType.SymbolicLink)) {
            if (type & vscode.FileType.Directory) stack.push({ uri, parents: [...parents, dir] });
            else if (!listed.has(uri.toString()) && isIncluded(loc.rel, cfg.include, cfg.exclude) && epoch === queue.epoch) {
              queue.enqueue(uri, 'read', 0);
            }
            continue;
          }
          if (type & vscode.FileType.Directory) {
            try {
              const st = await vscode.workspace.fs.stat(uri);
              let target: vscode.Uri | undefined;
              for (const p of [...parents, dir]) {
                if (same(st, await vscode.workspace.fs.stat(p)) && (await listing(uri)) === (await listing(p))) {
                  target = p;
                  break;
                }
              }
              if (target) {
                const id = locate(target)?.id;
                notices.skip(loc.id, `symbolic link loop (back to ${id ? id : 'the top folder'}); not followed`);
              }
            } catch {
              // Gone meanwhile, or unreadable: the search says nothing about it either.
            }
          } else if (!(type & vscode.FileType.File) && isIncluded(loc.rel, cfg.include, cfg.exclude)) {
            notices.skip(loc.id, 'broken symbolic link (its target does not exist)');
          }
        }
        await slicer.maybeYield();
      }
    }
  }

  /** Reads folders with `workspace.fs.readDirectory` (virtual file systems have no file search). */
  private async walk(folder: vscode.WorkspaceFolder, dir: vscode.Uri, token?: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const cfg = this.deps.config.get(folder);
    const out: vscode.Uri[] = [];
    const stack = [dir];
    let seen = 0;
    const slicer = new TimeSlicer();
    while (stack.length > 0 && seen < MAX_WALK_ENTRIES && !token?.isCancellationRequested) {
      const current = stack.pop()!;
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(current);
      } catch {
        continue;
      }
      for (const [name, type] of entries) {
        seen++;
        const uri = vscode.Uri.joinPath(current, name);
        const loc = locate(uri);
        if (!loc || isExcluded(loc.rel, cfg.exclude)) continue;
        if (type & vscode.FileType.Directory) {
          if (!(type & vscode.FileType.SymbolicLink)) stack.push(uri);
        } else if (isIncluded(loc.rel, cfg.include, cfg.exclude)) out.push(uri);
      }
      await slicer.maybeYield();
    }
    return out;
  }
}
