// Reading one article for a job: an open editor's text wins over the file (it may hold unsaved changes, and the
// editor's offsets index into it); otherwise the file through `workspace.fs` (never Node `fs`, never written),
// refused when it is not a regular file, too large, or not decodable. Stateless.
import * as vscode from 'vscode';
import type { ConfigService } from '../configService';
import { decodeArticle, describeFsError, tooLargeForSetting } from '../decode';
import type { Job } from './jobQueue';

/** `identity`: the file's times and size (a link and its target have the same); `link`: read through a symbolic link. */
export type Loaded = { kind: 'text'; text: string; warning?: string; identity?: string; link?: boolean } | { kind: 'remove' } | { kind: 'skip'; reason: string };

export async function readArticle(job: Job, config: ConfigService): Promise<Loaded> {
  if (job.op === 'remove') return { kind: 'remove' };
  const cfg = config.get(job.uri);
  const maxBytes = cfg.maxFileSizeKB * 1024;
  const tooLarge = (size: number): Loaded => ({ kind: 'skip', reason: tooLargeForSetting(size, cfg.maxFileSizeKB) });
  const open = vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === job.key);
  if (open) {
    const text = open.getText();
    return text.length > maxBytes ? tooLarge(text.length) : { kind: 'text', text };
  }
  try {
    const st = await vscode.workspace.fs.stat(job.uri);
    if (st.type & vscode.FileType.Directory) return { kind: 'remove' };
    // Named pipes, sockets and devices: reading one could block or never end (the CLI refuses them too).
    if (!(st.type & vscode.FileType.File)) return { kind: 'skip', reason: `not a regular file${st.type & vscode.FileType.SymbolicLink ? ' (through a symbolic link)' : ''}` };
    if (st.size > maxBytes) return tooLarge(st.size);
    const bytes = await vscode.workspace.fs.readFile(job.uri);
    if (bytes.length > maxBytes) return tooLarge(bytes.length);
    const decoded = decodeArticle(bytes);
    if ('error' in decoded) return { kind: 'skip', reason: decoded.error };
    const link = (st.type & vscode.FileType.SymbolicLink) !== 0;
    return { kind: 'text', text: decoded.text, warning: decoded.warning, identity: `${st.ctime}:${st.mtime}:${st.size}`, link };
  } catch (err) {
    if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound')) {
      // Listed under a name that cannot be opened: its bytes are not UTF-8 (the listing shows them as U+FFFD).
      if (job.id.includes('\ufffd')) return { kind: 'skip', reason: 'its name is not valid UTF-8; rename it to read it' };
      return { kind: 'remove' };
    }
    return { kind: 'skip', reason: `cannot read: ${describeFsError(err)}` };
  }
}
