// crossread.yaml: the reader's decisions (same entity, different entities, ignored figures). Parsed and edited
// with the yaml Document API, so the reader's comments and order survive every edit.
import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { decodeText, formatBytes } from '../documents/decode';
import { isStackOverflow, MAX_YAML_NESTING, yamlNesting } from '../documents/yamlDepth';
import { emptyDecisions, type Decisions } from '../model';

export interface DecisionsProblem {
  /** 1-based line in crossread.yaml. */
  line: number;
  message: string;
}

export interface ParsedDecisions {
  decisions: Decisions;
  problems: DecisionsProblem[];
  /** Problems found but not listed (the last problem says how many); absent when every one is listed. */
  unlisted?: number;
}

export const DECISIONS_FILE = 'crossread.yaml';
const MAP_TAG = 'tag:yaml.org,2002:map';

const HEADER = `# Crossread decisions: edited by the "Mark as Same Entity", "Mark as Different Entities" and
# "Ignore Figure" commands, and by hand. Comments and order are kept.
`;

/** A lone CR (old Mac line ends) is a line break to people but not to every YAML reader; same length. */
const lf = (text: string) => (text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text);

/**
 * crossread.yaml is read like an article (a regular file, at most this size): it comes with the folder, and a
 * cloned folder's file is anyone's. 100,000 decisions take about 4 MB.
 */
export const MAX_DECISIONS_BYTES = 16 * 1024 * 1024;
/** Problems listed at most (then one line says how many more), and the longest message. */
const MAX_PROBLEMS = 100;
const MAX_MESSAGE = 300;

/** Why crossread.yaml is not read: over MAX_DECISIONS_BYTES. */
export function decisionsTooLarge(size: number): DecisionsProblem {
  return { line: 1, message: `larger than the limit (${formatBytes(size)} > ${formatBytes(MAX_DECISIONS_BYTES)}); no decisions are read from it` };
}

/** Why crossread.yaml is not read: not a regular file (`kind`: "a named pipe", "a folder", ...). */
export function decisionsNotAFile(kind: string): DecisionsProblem {
  return { line: 1, message: `not a regular file (${kind}); no decisions are read from it` };
}

/**
 * The text of crossread.yaml's bytes, decoded as an article is (UTF-8, or UTF-16 with a byte order mark), or why
 * it is not read (too large, binary). `warning`: read anyway (undecodable bytes shown as U+FFFD).
 */
export function decisionsText(bytes: Uint8Array): { text: string; warning?: DecisionsProblem } | { problem: DecisionsProblem } {
  if (bytes.length > MAX_DECISIONS_BYTES) return { problem: decisionsTooLarge(bytes.length) };
  const decoded = decodeText(bytes);
  if ('error' in decoded) return { problem: { line: 1, message: `not text: ${decoded.error}; save it as UTF-8 to use its decisions` } };
  return decoded.warning ? { text: decoded.text, warning: { line: 1, message: decoded.warning } } : { text: decoded.text };
}

/** Decisions from the bytes of crossread.yaml (see decisionsText). */
export function parseDecisionsBytes(bytes: Uint8Array): ParsedDecisions {
  const got = decisionsText(bytes);
  if ('problem' in got) return { decisions: emptyDecisions(), problems: [got.problem] };
  const parsed = parseDecisions(got.text);
  if (got.warning) parsed.problems.unshift(got.warning);
  return parsed;
}

export function parseDecisions(text: string): ParsedDecisions {
  if (text.length > MAX_DECISIONS_BYTES) return { decisions: emptyDecisions(), problems: [decisionsTooLarge(text.length)] };
  const { decisions, problems } = parse(lf(text));
  // One line each (a message may quote the file), short, and not thousands of them.
  const shown = problems.slice(0, MAX_PROBLEMS).map((p) => ({ line: p.line, message: shortLine(p.message) }));
  if (problems.length > MAX_PROBLEMS) {
    const unlisted = problems.length - MAX_PROBLEMS;
    shown.push({ line: problems[MAX_PROBLEMS]!.line, message: `and ${unlisted} more problems (not listed) from this line on` });
    return { decisions, problems: shown, unlisted };
  }
  return { decisions, problems: shown };
}

function shortLine(message: string): string {
  const one = message.replace(/[\r\n\u2028\u2029]+/g, ' ');
  if (one.length <= MAX_MESSAGE) return one;
  const c = one.charCodeAt(MAX_MESSAGE - 4);
  return `${one.slice(0, c >= 0xd800 && c <= 0xdbff ? MAX_MESSAGE - 4 : MAX_MESSAGE - 3)}...`;
}

/** The problem of a file whose lists or mappings go deeper than decisions ever do (and than the YAML reader can go). */
function tooDeep(text: string, lineAt: (offset: number) => number): DecisionsProblem | undefined {
  const { depth, offset } = yamlNesting(text);
  if (depth <= MAX_YAML_NESTING) return undefined;
  return { line: lineAt(offset), message: `lists or mappings nest more than ${MAX_YAML_NESTING} levels deep here; decisions need three (same: - [name, name]), so none are read` };
}

const TOO_DEEP = 'lists or mappings nest too deeply to read; decisions need three levels (same: - [name, name]), so none are read';

function parse(text: string): ParsedDecisions {
  const decisions = emptyDecisions();
  const problems: DecisionsProblem[] = [];
  if (!text.trim()) return { decisions, problems };
  const lineAt = lineFinder(text);
  // Measured before the YAML reader sees it: the reader recurses per level and may run out of call stack.
  const deep = tooDeep(text, lineAt);
  if (deep) return { decisions, problems: [deep] };
  const doc = parseDocument(text, { prettyErrors: false });
  // The reader also runs out of call stack on long runs of broken lines: the faults it names come first.
  const faults = doc.errors.filter((e) => !isStackOverflow(e.message));
  const overflow = doc.errors.find((e) => isStackOverflow(e.message));
  if (overflow && faults.length === 0) return { decisions, problems: [{ line: 1, message: TOO_DEEP }] };
  for (const [k, e] of faults.entries()) {
    const pos = e.pos?.[0] ?? 0;
    const message = e.message.split('\n')[0]!;
    if (k > MAX_PROBLEMS) {
      problems.push({ line: lineAt(pos), message }); // counted, not listed
      continue;
    }
    // The reader notices an unclosed [ or { where the next line starts; the fault is where it was opened.
    const opener = /end with an? [\]}]|Flow (?:sequence|mapping)/i.test(message) ? unclosedOpenerBefore(text, pos) : undefined;
    if (opener !== undefined) {
      const line = lineAt(opener);
      problems.push({ line, message: `the ${text[opener]} on line ${line} is not closed with ${text[opener] === '[' ? ']' : '}'} (${message})` });
    } else problems.push({ line: lineAt(pos), message });
  }
  if (overflow) problems.push({ line: lineAt(overflow.pos?.[0] ?? 0), message: 'the YAML reader gave up here (out of call stack); fix the errors before it first' });
  if (doc.errors.length) return { decisions, problems };
  try {
    doc.toJS({ maxAliasCount: 50 }); // refuses alias bombs before any item is expanded below
  } catch (err) {
    const message = String((err as Error)?.message ?? err).split('\n')[0]!;
    problems.push({ line: 1, message: isStackOverflow(message) ? TOO_DEEP : message });
    return { decisions, problems };
  }
  const root = doc.contents;
  if (root == null) return { decisions, problems };
  if (!isMap(root)) {
    problems.push({ line: lineAt(root.range?.[0] ?? 0), message: 'crossread.yaml must be a mapping with same / different / ignore_figures' });
    return { decisions, problems };
  }
  if (root.tag && root.tag !== MAP_TAG) {
    problems.push({ line: lineAt(root.range?.[0] ?? 0), message: `crossread.yaml must be a plain mapping: remove the tag ${root.tag}` });
    return { decisions, problems };
  }
  for (const pair of root.items) {
    const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
    const value = pair.value as { range?: [number, number, number] } | null;
    const at = lineAt(value?.range?.[0] ?? (pair.key as { range?: number[] })?.range?.[0] ?? 0);
    if (key === 'same' || key === 'different') {
      if (!isSeq(value)) {
        problems.push({ line: at, message: `"${key}" must be a list of name lists, e.g. - [Dmitry Palyuga, Palyug]` });
        continue;
      }
      for (const item of value.items) {
        const js = plain(item, doc);
        const line = lineAt((item as { range?: number[] })?.range?.[0] ?? 0);
        if (!Array.isArray(js) || js.length < 2 || js.some((n) => typeof n !== 'string' && typeof n !== 'number')) {
          problems.push({ line, message: `each "${key}" entry must list two names or more` });
          continue;
        }
        decisions[key].push(js.map((n) => String(n)));
      }
    } else if (key === 'ignore_figures') {
      if (!isSeq(value)) {
        problems.push({ line: at, message: '"ignore_figures" must be a list of {doc, text} entries' });
        continue;
      }
      for (const item of value.items) {
        const js = plain(item, doc) as Record<string, unknown> | null | undefined;
        const line = lineAt((item as { range?: number[] })?.range?.[0] ?? 0);
        if (!js || typeof js !== 'object' || typeof js.doc !== 'string' || (typeof js.text !== 'string' && typeof js.text !== 'number')) {
          problems.push({ line, message: 'each "ignore_figures" entry needs doc and text' });
          continue;
        }
        decisions.ignoreFigures.push({ doc: js.doc, text: String(js.text), ...(Number.isSafeInteger(js.start) && (js.start as number) >= 0 ? { start: js.start as number } : {}) });
      }
    } else {
      problems.push({ line: lineAt((pair.key as { range?: number[] })?.range?.[0] ?? 0), message: `unknown key ${JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key)} (known: same, different, ignore_figures)` });
    }
  }
  return { decisions, problems };
}

/** Offset of the innermost [ or { still open at `end`, outside quotes and comments; undefined when none is. */
export function unclosedOpenerBefore(text: string, end: number): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i]!;
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < end && text[i] !== '\n') i++;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s,\[{:]/.test(text[i - 1]!))) {
      // A quoted scalar: '' escapes a single quote, \ escapes in double quotes. An unclosed quote ends the line.
      for (i++; i < end && text[i] !== '\n'; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
    } else if (c === '[' || c === '{') open.push(i);
    else if ((c === ']' || c === '}') && open.length && text[open[open.length - 1]!] === (c === ']' ? '[' : '{')) open.pop();
  }
  return open.length ? open[open.length - 1] : undefined;
}

/** Returns the file's new text with one more decision; comments and order are kept. */
export function addDecision(
  text: string,
  decision: { kind: 'same' | 'different'; names: string[] } | { kind: 'ignore_figures'; doc: string; text: string; start?: number },
): string {
  const doc: Document = text.trim() ? parseDocument(lf(text)) : parseDocument(HEADER);
  if (doc.errors.length) throw new Error(`crossread.yaml has errors; fix them first (${doc.errors[0]!.message.split('\n')[0]})`);
  // Never drop what the reader wrote: only an empty file (or comments only) gets a new mapping.
  if (doc.contents == null || (isScalar(doc.contents) && doc.contents.value == null)) doc.contents = new YAMLMap() as never;
  else if (!isMap(doc.contents) || (doc.contents.tag && doc.contents.tag !== MAP_TAG)) {
    throw new Error('crossread.yaml must be a plain mapping with same / different / ignore_figures; fix it first');
  }
  const map = doc.contents as unknown as YAMLMap;
  const existing = map.get(decision.kind, true) as unknown;
  if (existing != null && !isSeq(existing) && !(isScalar(existing) && existing.value == null)) {
    throw new Error(`"${decision.kind}" in crossread.yaml must be a list; fix it first`);
  }
  let seq = existing as YAMLSeq | undefined;
  if (!isSeq(seq)) {
    seq = new YAMLSeq();
    map.set(decision.kind, seq);
  }
  if (decision.kind === 'ignore_figures') {
    const entry = doc.createNode({ doc: decision.doc, text: decision.text, ...(decision.start !== undefined ? { start: decision.start } : {}) }) as YAMLMap;
    entry.flow = true;
    for (const pair of entry.items) quoteIfOdd(pair.value);
    seq.add(entry);
  } else {
    const entry = doc.createNode(decision.names) as YAMLSeq;
    entry.flow = true;
    for (const item of entry.items) quoteIfOdd(item);
    seq.add(entry);
  }
  const out = doc.toString();
  // Never write what would not read back.
  const check = parseDocument(out);
  if (check.errors.length) throw new Error(`the decision could not be written to crossread.yaml safely (${check.errors[0]!.message.split('\n')[0]})`);
  return out;
}

/**
 * Names with line breaks, control characters, lone surrogates or surrounding white space are written double-quoted
 * (with escapes): left to choose, the YAML writer may write a multi-line plain scalar that does not read back.
 */
function quoteIfOdd(node: unknown): void {
  if (!isScalar(node) || typeof node.value !== 'string') return;
  const v = node.value;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|^\s|\s$/.test(v)) node.type = Scalar.QUOTE_DOUBLE;
}

/** A node's plain value, aliases resolved (the alias bomb guard ran on the whole document before). */
function plain(item: unknown, doc: Document): unknown {
  const node = item as { toJS?: (doc: Document, options: { maxAliasCount: number }) => unknown } | null;
  if (node && typeof node.toJS === 'function') return node.toJS(doc, { maxAliasCount: 50 });
  return item;
}

/** 1-based line of an offset, by binary search in the offsets where lines start (made once per file). */
function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
