// How the extension reads an article file: the same decoder and the same messages as the CLI
// (src/core/documents/decode.ts), plus the editor's own file system errors in the CLI's words.
import { decodeText, tooLargeReason, type Decoded } from '../../core/documents/decode';

export type { Decoded };

/**
 * UTF-8 (BOM dropped; invalid bytes shown as U+FFFD with a `warning`, read anyway) or UTF-16 with a BOM; binary
 * files (NUL bytes, or mostly control characters at the start) are an `error`: the file is skipped.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  return decodeText(bytes);
}

/** Why a file over `crossread.maxFileSizeKB` is skipped. */
export function tooLargeForSetting(size: number, maxFileSizeKB: number): string {
  return tooLargeReason(size, maxFileSizeKB * 1024, 'raise crossread.maxFileSizeKB to read it');
}

/**
 * A `workspace.fs` error as a short phrase, in the CLI's words where the cause is known: "permission denied
 * (EACCES)", "symbolic link loop (ELOOP)". `code` is vscode.FileSystemError's code when there is one.
 */
export function describeFsError(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | undefined;
  const message = String(e?.message ?? err ?? '');
  const code = typeof e?.code === 'string' ? e.code : '';
  const words: Record<string, string> = {
    EACCES: 'permission denied (EACCES)',
    EPERM: 'operation not permitted (EPERM)',
    NoPermissions: 'permission denied (EACCES)',
    ELOOP: 'symbolic link loop (ELOOP)',
    ENOENT: 'does not exist (ENOENT)',
    FileNotFound: 'does not exist (ENOENT)',
    EntryNotFound: 'does not exist (ENOENT)',
    EISDIR: 'is a folder (EISDIR)',
    FileIsADirectory: 'is a folder (EISDIR)',
    EIO: 'input/output error (EIO)',
    EMFILE: 'too many open files (EMFILE)',
    Unavailable: 'file system unavailable',
  };
  for (const m of `${code} ${message}`.matchAll(/\b(E[A-Z]{2,})\b/g)) if (words[m[1]!]) return words[m[1]!]!;
  if (code && words[code]) return words[code];
  return message.split('\n')[0]!.trim() || 'unknown error';
}
