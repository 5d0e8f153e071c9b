// Characters a terminal acts on, or that reorder the text around them, escaped wherever a report or a message may
// reach one: C0 controls but tab and line ends (ESC starts terminal commands, BEL rings, backspace rubs out what
// was printed), DEL, C1 controls (U+009B is a one-character ESC [ on many terminals), and the bidi embeddings,
// overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make a line read other than it is stored.
// Each becomes \uXXXX: visible, and the same text in Markdown (a backslash before "u" is no Markdown escape).

const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** In JSON text the same characters, and the line separators, can only stand inside strings: escaped there, the value is the same. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `text` with terminal controls and bidi overrides as \uXXXX; tab, LF and CR kept. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, hex);
}

/** JSON text (JSON.stringify's output, which escapes C0 itself) with DEL, C1, U+2028/9 and bidi controls escaped too: the same value, safe on a terminal. */
export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, hex);
}
