// Where `crossread report --out FILE` may write, and how. The report never replaces a file the run reads or would
// read (an article, crossread.yaml, a README or any other file inside the folder being read, but an earlier
// Crossread report), a file reached through a symbolic link, a special file (device, named pipe, socket) or a
// folder. It is written atomically: a new temporary file beside the target (created exclusively, so never
// through a link planted there), flushed, then renamed over the target; on any failure the temporary file is
// removed.
import { closeSync, fchmodSync, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, constants, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { DECISIONS_FILE } from '../core/decisions/decisionsYaml';
import { isCrossreadReport, REPORT_PROBE_BYTES } from '../core/report/reportMarkdown';
import { describeError, kindOf } from './readFolder';

/** The id (path relative to the folder, `/` separators) of `path` when it lies inside `root`; undefined outside. */
function idInside(root: string, path: string): string | undefined {
  const id = relative(root, path);
  if (!id || id.startsWith('..') || isAbsolute(id)) return undefined;
  return id.split(sep).join('/');
}

/** The real path of `path` as far as it exists: its nearest existing folder resolved, the rest appended. */
function realish(path: string): string {
  const rest: string[] = [];
  let p = path;
  for (;;) {
    try {
      return join(realpathSync.native(p), ...rest);
    } catch {
      const up = dirname(p);
      if (up === p) return path;
      rest.unshift(basename(p));
      p = up;
    }
  }
}

/** The first bytes of a regular file, as text (to recognise an earlier report). */
function head(path: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return '';
    const buf = Buffer.alloc(REPORT_PROBE_BYTES);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Why the report must not be written to `outPath` (given on the command line as `out`), or undefined when it may.
 * Checked before the folder is read; `readIds` (after it is read) adds files reached through a hard link.
 */
export function outPathProblem(out: string, outPath: string, root: string): string | undefined {
  let st: Stats | undefined;
  try {
    st = lstatSync(outPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException)?.code;
    if (code !== 'ENOENT') return `--out ${out}: cannot check it (${describeError(err)})`;
  }
  if (st?.isSymbolicLink()) {
    let target = '';
    try {
      target = realpathSync.native(outPath);
    } catch {
      target = 'a missing file';
    }
    return `--out ${out} is a symbolic link (to ${target}); Crossread does not write through links: name the file itself`;
  }
  if (st?.isDirectory()) return `--out ${out} is a folder; name a file for the report (e.g. ${join(out, 'crossread-report.md')})`;
  if (st && !st.isFile()) return `--out ${out} is not a regular file (${kindOf(st)}); Crossread writes reports to regular files only`;
  const realRoot = realish(root);
  const id = idInside(realRoot, realish(outPath)) ?? idInside(root, outPath);
  if (id === undefined) return undefined;
  if (id === DECISIONS_FILE) return `--out ${out} is ${DECISIONS_FILE}, the decisions of the folder being read; choose another file for the report`;
  if (st && !isCrossreadReport(head(outPath))) {
    // Any file in the folder (an article, README.md, notes): read now, or with --include. The words are the CLI's since 0.1.
    return `--out ${out} is a file of the corpus being read; choose another file for the report`;
  }
  return undefined;
}

/** `--out` names (a hard link to) a file that was read: refused even outside the folder. */
export function outIsReadFile(outPath: string, root: string, readIds: readonly string[]): string | undefined {
  let st: Stats;
  try {
    st = statSync(outPath);
  } catch {
    return undefined;
  }
  if (!st.isFile() || st.nlink < 2) return undefined;
  for (const id of readIds) {
    try {
      const other = statSync(join(root, ...id.split('/')));
      if (other.ino === st.ino && other.dev === st.dev) return id;
    } catch {
      // Gone meanwhile: it cannot be the same file.
    }
  }
  return undefined;
}

/** Writes `text` to `path` atomically (see the header); an existing file keeps its permissions. */
export function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  let keep: number | undefined;
  try {
    const st = statSync(path);
    if (st.isFile()) keep = st.mode & 0o7777;
  } catch {
    // A new file: the default permissions (less the umask).
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  let done = false;
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
    if (keep !== undefined) fchmodSync(fd, keep);
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    done = true;
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (!done) {
      try {
        unlinkSync(tmp);
      } catch {
        // Never created, or already gone.
      }
    }
  }
}
