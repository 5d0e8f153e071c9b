// Bytes of an article file to text, the way the CLI reads them: UTF-8 (BOM dropped, invalid bytes replaced),
// UTF-16 when a BOM says so; a NUL byte in the first 8 KB means a binary file. Pure (TextDecoder exists in the
// extension host, the browser and Node).

export type Decoded = { text: string } | { error: string };

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const probe = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (probe.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes.subarray(start)) };
}
