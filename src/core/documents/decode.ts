// Bytes of an article file to text: one decoder for the CLI and the extension, so both read a file the same way
// and say the same thing about it. Pure: TextDecoder exists in Node, the extension host, workers and browsers.

/** The WHATWG TextDecoder (declared here: the engine's tsconfig has neither DOM nor Node types). */
declare const TextDecoder: new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => { decode(bytes: Uint8Array): string };

/** Text of an article's bytes, or why it is not text. `warning`: read, but the reader should know. */
export type Decoded = { text: string; warning?: string } | { error: string };

/** How much of the start is looked at for NUL bytes (bytes) and for control characters (characters). */
const NUL_PROBE_BYTES = 8192;
const TEXT_PROBE_CHARS = 4096;
/** More than this share of control characters and undecodable bytes at the start: a binary file. */
const MAX_ODD_SHARE = 0.1;

/**
 * UTF-8 (BOM dropped, invalid bytes replaced by U+FFFD with a warning) or UTF-16 with a BOM. NUL bytes in the
 * first 8 KB, or mostly control characters and undecodable bytes there, mean a binary file.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  let encoding = 'utf-8';
  let start = 0;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  else {
    const probe = bytes.subarray(0, Math.min(bytes.length, NUL_PROBE_BYTES));
    if (probe.includes(0)) {
      const utf16 = looksLikeUtf16WithoutBom(probe);
      return { error: utf16 ? 'binary file (contains NUL bytes; UTF-16 text needs a byte order mark)' : 'binary file (contains NUL bytes)' };
    }
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  }
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(bytes.subarray(start));
  // Binary without NUL bytes: mostly control characters and undecodable bytes at the start.
  const head = Math.min(text.length, TEXT_PROBE_CHARS);
  let odd = 0;
  for (let i = 0; i < head; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 11) || c === 0x7f || c === 0xfffd) odd++;
  }
  if (head >= 16 && odd / head > MAX_ODD_SHARE) return { error: `binary file (${Math.round((odd / head) * 100)}% of its start is not text)` };
  const replaced = countReplacements(text) - (encoding === 'utf-8' ? countEncodedReplacements(bytes) : 0);
  if (replaced > 0) {
    const what = encoding === 'utf-8' ? 'not valid UTF-8' : `not valid ${encoding.toUpperCase()}`;
    return { text, warning: `${what}: ${replaced} undecodable byte sequence${replaced === 1 ? '' : 's'} shown as U+FFFD; read anyway` };
  }
  return { text };
}

/**
 * Why a file over the size limit is skipped, in the same words for the CLI and the extension; `how` says how
 * to raise the limit there ("raise it with --max-file-mb", "raise crossread.maxFileSizeKB").
 */
export function tooLargeReason(size: number, limit: number, how: string): string {
  return `larger than the limit (${formatBytes(size)} > ${formatBytes(limit)}); ${how}`;
}

/** A size in bytes for a message: "512 KB", "2.0 MB", "50.0 MB". */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.ceil(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** A file name or message on one line: control characters, line separators and bidi overrides as \\uXXXX (CLI and extension). */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function looksLikeUtf16WithoutBom(probe: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = probe.length / 2;
  return half >= 4 && (even > half * 0.6 || odd > half * 0.6);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a decoding error. */
function countEncodedReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}
