// Reads a folder of article files for the CLI, the evaluation and the benchmarks (Node only).
// Never writes, and never throws for a file or folder it cannot read: each problem is reported (`skipped` when
// the file is left out, `warnings` when it is read anyway) and the rest of the folder is read.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeText, tooLargeReason } from '../core/documents/decode';
import { DEFAULT_LEFT_OUT, TOOL_PATHS } from '../core/documents/exclusions';
import { isExcluded as matchesSelfOrParent } from '../core/documents/glob';
import { isCrossreadReport, REPORT_PROBE_BYTES } from '../core/report/reportMarkdown';
import type { SourceFile } from '../core/model';

// The decoder is shared with the extension (src/core/documents/decode.ts); exported here as before.
export { decodeText, type Decoded } from '../core/documents/decode';

export interface ReadOptions {
  extensions?: string[];
  maxFileBytes?: number;
  /** Replaces every default exclusion: paths it matches are left out, silently. */
  exclude?: RegExp;
  /** Globs (as the editor's settings): matching paths, and everything inside matching folders, are read even where a default exclusion (DEFAULT_LEFT_OUT) would leave them out. */
  include?: readonly string[];
  /** Globs: matching paths, and everything inside matching folders, are left out too (silently: asked for). */
  alsoExclude?: readonly string[];
  /**
   * Test seam: called at each step of the walk, so tests can delete, rename or change files at exact moments.
   * A hook that throws acts as the file system call of that step failing with that error (e.g. `code: 'EACCES'`).
   */
  hooks?: ReadHooks;
}

export interface ReadHooks {
  /** After a folder is listed, before its entries are looked at. */
  afterList?(dir: string, names: string[]): void;
  /** Before a file is opened (`attempt` counts from 1). */
  beforeRead?(path: string, attempt: number): void;
  /** After a file's bytes are read, before it is checked for changes. */
  afterRead?(path: string, attempt: number): void;
}

export interface ReadResult {
  files: SourceFile[];
  skipped: { path: string; reason: string }[];
  /** Files that were read, with something the reader should know (invalid UTF-8, ...). */
  warnings: { path: string; message: string }[];
  /** Articles (by their extension) the default exclusions left out, in walk order; see exclusionNotice. */
  excluded: string[];
  /** The count of `excluded` stopped early (more than MAX_LEFT_OUT_ENTRIES entries in left-out folders). */
  excludedAtLeast: boolean;
}

/** Entries looked at in left-out folders, at most (names only: to count the articles left out, not to read them). */
const MAX_LEFT_OUT_ENTRIES = 100_000;
/** A file whose size or modification time changes while it is read is read again, this many times in all. */
const READ_ATTEMPTS = 3;

export function readFolder(root: string, options: ReadOptions = {}): ReadResult {
  const extensions = (options.extensions ?? ['.txt', '.md']).map((e) => e.toLowerCase());
  const maxBytes = options.maxFileBytes ?? 20 * 1024 * 1024;
  const include = options.include ?? [];
  const alsoExclude = options.alsoExclude ?? [];
  const excluded: string[] = [];
  let leftOutEntries = 0;
  let excludedAtLeast = false;
  const hooks = options.hooks ?? {};
  const files: SourceFile[] = [];
  const skipped: ReadResult['skipped'] = [];
  const warnings: ReadResult['warnings'] = [];
  /**
   * Each folder walked (device:inode, or its real path where the file system has no inode numbers) -> its id.
   * Not realpathSync per folder: Node's resolves every part of the path again, so a walk n folders deep cost n³.
   */
  const seenDirs = new Map<string, string>();
  /** device:inode of each file read -> its id (a file reached through two links is read once). */
  const seenFiles = new Map<string, string>();
  const rel = (p: string) => relative(root, p).split(sep).join('/') || '.';
  const isArticle = (name: string) => {
    const lower = name.toLowerCase();
    return extensions.some((e) => lower.endsWith(e));
  };

  /** A folder being read: its entries, the next one to look at, and whether one vanished meanwhile. */
  interface Frame {
    dir: string;
    /** Inside a folder the default exclusions leave out: only --include'd files are read, articles are counted. */
    leftOut: boolean;
    names: string[];
    next: number;
    vanished: boolean;
    /** Listed again after entries vanished (once per folder). */
    relisted: boolean;
  }
  /** The folders being read, outermost first: an explicit stack, so any depth is walked without recursion. */
  const stack: Frame[] = [];

  /**
   * Starts reading a folder left out by the default exclusions: its names only (to count articles and find
   * --include'd ones), no links followed (so no loop), nothing said about what cannot be read there.
   */
  const enterLeftOut = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir, { encoding: 'buffer' })
        .map((b) => b.toString('utf8'))
        .filter((n) => !n.includes('\ufffd'));
    } catch {
      return;
    }
    names.sort();
    stack.push({ dir, leftOut: true, names, next: 0, vanished: false, relisted: true });
  };

  /** Starts reading a folder: checks it is not one already walked, lists it and pushes it on the stack. */
  const enter = (dir: string) => {
    const id = rel(dir);
    let real: string;
    try {
      const st = statSync(dir);
      real = st.ino ? `${st.dev}:${st.ino}` : realpathSync.native(dir);
    } catch (err) {
      skipped.push({ path: id, reason: `cannot resolve folder: ${describeError(err)}` });
      return;
    }
    const first = seenDirs.get(real);
    if (first !== undefined) {
      const loop = first === '.' || id.startsWith(`${first}/`);
      skipped.push({ path: id, reason: loop ? `symbolic link loop (back to ${first === '.' ? 'the top folder' : first}); not followed` : `same folder as ${first} (symbolic link); read once` });
      return;
    }
    seenDirs.set(real, id);
    let names: string[];
    try {
      const raw = readdirSync(dir, { encoding: 'buffer' });
      names = [];
      for (const b of raw) {
        const name = b.toString('utf8');
        if (Buffer.from(name, 'utf8').equals(b)) {
          names.push(name);
          continue;
        }
        // A name that is not UTF-8 cannot be given an id (nor opened through it): say so when it matters.
        let st: Stats | undefined;
        try {
          st = statSync(Buffer.concat([Buffer.from(dir + sep), b]));
        } catch {
          st = undefined;
        }
        if (st?.isDirectory() || isArticle(name)) {
          skipped.push({ path: id === '.' ? name : `${id}/${name}`, reason: `its name is not valid UTF-8; rename it to read it` });
        }
      }
      names.sort();
      hooks.afterList?.(dir, names);
    } catch (err) {
      skipped.push({ path: id, reason: `cannot list folder: ${describeError(err)}` });
      return;
    }
    stack.push({ dir, leftOut: false, names, next: 0, vanished: false, relisted: false });
  };

  /** Looks at one entry of the folder on top of the stack: reads an article, or enters a folder. */
  const visit = (frame: Frame, name: string) => {
    const { dir } = frame;
    const path = join(dir, name);
    const fileId = rel(path);
    if (options.exclude) {
      if (options.exclude.test(fileId)) return;
    } else {
      if (TOOL_PATHS.test(fileId) || (alsoExclude.length && matchesSelfOrParent(fileId, alsoExclude))) return;
      if ((frame.leftOut || DEFAULT_LEFT_OUT.test(fileId)) && !(include.length && matchesSelfOrParent(fileId, include))) {
        // Left out by default: counted (articles) and walked (folders, for --include'd files), never read.
        if (++leftOutEntries > MAX_LEFT_OUT_ENTRIES) {
          excludedAtLeast = true;
          return;
        }
        let lst: Stats;
        try {
          lst = lstatSync(path);
        } catch {
          return;
        }
        if (lst.isDirectory()) enterLeftOut(path);
        else if (isArticle(name)) excluded.push(fileId);
        return;
      }
    }
    let st: Stats;
    let link = false;
    try {
      st = lstatSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException)?.code === 'ENOENT') frame.vanished = true;
      skipped.push({ path: fileId, reason: `cannot read: ${describeError(err, 'vanished (deleted or renamed) while the folder was read')}` });
      return;
    }
    if (st.isSymbolicLink()) {
      link = true;
      try {
        st = statSync(path);
      } catch (err) {
        if (!isArticle(name)) return;
        const e = err as NodeJS.ErrnoException;
        const reason =
          e?.code === 'ENOENT' ? 'broken symbolic link (its target does not exist)'
          : e?.code === 'ELOOP' ? 'symbolic link loop (ELOOP)'
          : `cannot read: ${describeError(err)}`;
        skipped.push({ path: fileId, reason });
        return;
      }
    }
    if (st.isDirectory()) {
      enter(path);
      return;
    }
    if (!isArticle(name)) return;
    if (!st.isFile()) {
      skipped.push({ path: fileId, reason: `not a regular file (${kindOf(st)}${link ? ', through a symbolic link' : ''})` });
      return;
    }
    const key = st.ino ? `${st.dev}:${st.ino}` : undefined;
    const same = key !== undefined ? seenFiles.get(key) : undefined;
    if (same !== undefined) {
      skipped.push({ path: fileId, reason: `same file as ${same} (${link ? 'symbolic' : 'hard'} link); read once` });
      return;
    }
    const got = readStable(path, maxBytes, hooks);
    if ('reason' in got) {
      if (got.vanished) frame.vanished = true;
      skipped.push({ path: fileId, reason: got.reason });
      return;
    }
    const decoded = decodeText(got.bytes);
    if ('error' in decoded) {
      skipped.push({ path: fileId, reason: decoded.error });
      return;
    }
    if (key !== undefined) seenFiles.set(key, fileId);
    // A report saved among the articles (crossread report --out) would count its figures as one more source's.
    if (isCrossreadReport(decoded.text.slice(0, REPORT_PROBE_BYTES))) {
      skipped.push({ path: fileId, reason: 'a report written by crossread report, not an article; not read' });
      return;
    }
    if (decoded.warning) warnings.push({ path: fileId, message: decoded.warning });
    files.push({ id: fileId, text: decoded.text });
  };

  // Depth first, entries in name order: a folder's entries are read where its name sorts among its siblings.
  enter(root);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.names.length) {
      visit(frame, frame.names[frame.next++]!);
      continue;
    }
    // Entries vanished meanwhile: a renamed file is under a new name now. List once more and read what is new.
    if (frame.vanished && !frame.relisted) {
      frame.relisted = true;
      const known = new Set(frame.names);
      const again: string[] = [];
      try {
        for (const b of readdirSync(frame.dir, { encoding: 'buffer' })) {
          const name = b.toString('utf8');
          if (!known.has(name) && Buffer.from(name, 'utf8').equals(b)) again.push(name);
        }
        again.sort();
      } catch {
        // The folder went too: what was read is kept.
      }
      frame.names = again;
      frame.next = 0;
      continue;
    }
    stack.pop();
  }
  return { files, skipped, warnings, excluded, excludedAtLeast };
}

/**
 * Reads a regular file whole, checking that it did not change meanwhile (size and modification time, before and
 * after); a file that changes is read again. Never throws. Opens without blocking (a FIFO swapped in is refused).
 */
function readStable(path: string, maxBytes: number, hooks: ReadHooks, tooLarge = 'raise it with --max-file-mb'): { bytes: Buffer } | { reason: string; vanished?: boolean } {
  for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
    let fd: number | undefined;
    try {
      hooks.beforeRead?.(path, attempt);
      fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
      const before = fstatSync(fd);
      if (!before.isFile()) return { reason: `not a regular file (${kindOf(before)})` };
      if (before.size > maxBytes) return { reason: tooLargeReason(before.size, maxBytes, tooLarge) };
      // One byte more than the size, to notice a file that grows while it is read.
      const buf = Buffer.allocUnsafe(before.size + 1);
      let n = 0;
      for (;;) {
        const got = readSync(fd, buf, n, buf.length - n, null);
        if (got === 0) break;
        n += got;
        if (n === buf.length) break;
      }
      hooks.afterRead?.(path, attempt);
      const after = fstatSync(fd);
      if (n === before.size && after.size === before.size && after.mtimeMs === before.mtimeMs) return { bytes: buf.subarray(0, n) };
    } catch (err) {
      const vanished = (err as NodeJS.ErrnoException)?.code === 'ENOENT';
      return { reason: `cannot read: ${describeError(err, 'vanished (deleted or renamed) before it could be read')}`, vanished };
    } finally {
      if (fd !== undefined) {
        try {
          closeSync(fd);
        } catch {
          // Nothing to do: the bytes are read or the error is reported.
        }
      }
    }
  }
  return { reason: `changed while being read (${READ_ATTEMPTS} attempts); read it again once it is saved` };
}

/**
 * One file read as an article is (crossread.yaml, say): a regular file only (a named pipe or a device is refused
 * without blocking or reading it), at most `maxBytes`, unchanged while it is read. `missing`: it does not exist.
 */
export function readRegularFile(path: string, maxBytes: number, tooLarge: string): { bytes: Buffer } | { reason: string; missing: boolean } {
  const got = readStable(path, maxBytes, {}, tooLarge);
  return 'bytes' in got ? got : { reason: got.reason, missing: got.vanished === true };
}

export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return 'not a file';
}

/** A file system error as a short phrase: "permission denied (EACCES)". */
export function describeError(err: unknown, vanished = 'does not exist'): string {
  const e = err as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOENT: vanished,
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ELOOP: 'symbolic link loop',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files',
    EIO: 'input/output error',
    ENAMETOOLONG: 'name too long',
    EAGAIN: 'not ready (non-blocking file)',
  };
  if (e?.code) return words[e.code] ? `${words[e.code]} (${e.code})` : e.code;
  return String(e?.message ?? err).split('\n')[0]!;
}

