// A hostile corpus, generated in a temporary folder at test setup: every kind of bad input Crossread must survive
// (empty, binary, huge, a megabyte on one line, invalid UTF-8, UTF-16, CR line ends, many scripts, emoji and
// combining marks, malformed and explosive YAML, symbolic link loops, a named pipe, odd file names), beside a few
// valid articles with known entities and one known conflicting figure. Nothing here is shared test data: all of it
// is written by this file.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { accessSync, constants, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A RAM disk when there is one (100,000 small files are written in about a second there), else the temp folder. */
export function tempParent(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    if (lstatSync('/dev/shm').isDirectory()) return '/dev/shm';
  } catch {
    // No RAM disk: the ordinary temp folder.
  }
  return tmpdir();
}

export interface Expected {
  /** Id (path relative to the corpus, `/` separators) as the CLI prints it. */
  path: string;
  /** What stderr must say about it (the whole line after "crossread: "). */
  message: RegExp;
}

export interface HostileCorpus {
  dir: string;
  /** Bad files and what the CLI must say about each on stderr. */
  messages: Expected[];
  /** Documents that must be in the report, with their text as decoded (for exact offsets). */
  texts: Map<string, string>;
  /** Files that must not be in the report (skipped). */
  absent: string[];
  /** The 50 MB article (skipped by default, read with --max-file-mb 60). */
  big: { id: string; bytes: number };
  /** Valid articles: the conflicting figure and the names they share. */
  valid: { herald: string; times: string; conflict: RegExp; names: string[] };
  cleanup(): void;
}

const HERALD = 'harbor-herald/2026-03-14-flood.md';
const TIMES = 'coastal-times/2026-03-14-flood.txt';

/** Deterministic pseudo-random bytes (xorshift), so every run writes the same corpus. */
function randomBytes(n: number, seed: number, avoidZero: boolean): Buffer {
  const out = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    let b = (x >>> 0) & 0xff;
    if (avoidZero && b === 0) b = 1;
    out[i] = b;
  }
  return out;
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

export function makeHostileCorpus(options: { bigMb?: number } = {}): HostileCorpus {
  const dir = mkdtempSync(join(tempParent(), 'crossread-hostile-'));
  const messages: Expected[] = [];
  const texts = new Map<string, string>();
  const absent: string[] = [];
  const write = (id: string, data: string | Buffer) => {
    const path = join(dir, id);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, data);
  };
  /** A readable article: written as UTF-8 unless bytes are given; `text` is what the engine must see. */
  const article = (id: string, text: string, bytes?: Buffer, message?: RegExp) => {
    write(id, bytes ?? text);
    texts.set(id, text);
    if (message) messages.push({ path: id, message });
  };
  const skippedFile = (id: string, data: string | Buffer, message: RegExp) => {
    write(id, data);
    absent.push(id);
    messages.push({ path: id, message });
  };

  // --- Valid articles: known entities, and a figure the two sources disagree on (1,200 vs 3,400 evacuated).
  article(
    HERALD,
    '---\nsource: Harbor Herald\ndate: 2026-03-14\nlang: en\ntitle: Flood in Tromsø\n---\n' +
      'Mayor Ingrid Solberg said on Monday that 1,200 people were evacuated from Tromsø after the flood.\n' +
      'The Norwegian Red Cross opened three shelters in the city.\n',
  );
  article(
    TIMES,
    'Flood forces thousands out of Tromsø\r\n\r\nIngrid Solberg, the mayor, said 3,400 people were evacuated from Tromsø on Monday.\r\n' +
      'The Norwegian Red Cross said its volunteers worked through the night.\r\n',
  );
  // The same file through a link: read once.
  symlinkSync(HERALD, join(dir, 'zz-link.txt'));
  absent.push('zz-link.txt');
  messages.push({ path: 'zz-link.txt', message: /^skipped zz-link\.txt: same file as harbor-herald\/2026-03-14-flood\.md \(symbolic link\); read once$/ });

  // --- Empty and blank files: read (nothing is lost), with a warning.
  article('empty.txt', '', undefined, /^empty\.txt: empty file: nothing to read$/);
  article('blank.md', ' \n\t\r\n \n', undefined, /^blank\.md: no article text \(only white space\)$/);

  // --- Binary files named .txt.
  skippedFile('binary.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), randomBytes(4000, 7, false)]), /^skipped binary\.txt: binary file \(contains NUL bytes\)$/);
  skippedFile('binary-no-nul.txt', randomBytes(6000, 42, true), /^skipped binary-no-nul\.txt: binary file \(\d+% of its start is not text\)$/);
  skippedFile('utf16-no-bom.txt', Buffer.from('Ingrid Solberg visited Bergen on Tuesday.\n', 'utf16le'), /^skipped utf16-no-bom\.txt: binary file \(contains NUL bytes; UTF-16 text needs a byte order mark\)$/);

  // --- Too big for the default limit (20 MB): a 50 MB article, plain prose with a name in every paragraph.
  const bigMb = options.bigMb ?? 50;
  const para =
    'the river kept rising through the night while the wind pushed cold rain against the windows of the old town, and the ' +
    'streets along the harbour were quiet except for the sound of water. Ingrid Solberg walked along the quay.\n\n';
  const paraBytes = Buffer.from(para);
  const big = Buffer.alloc(Math.ceil((bigMb * 1024 * 1024) / paraBytes.length) * paraBytes.length);
  for (let i = 0; i < big.length; i += paraBytes.length) paraBytes.copy(big, i);
  write('big/huge-article.txt', big);
  messages.push({ path: 'big/huge-article.txt', message: new RegExp(`^skipped big/huge-article\\.txt: larger than the limit \\(${bigMb}\\.0 MB > 20\\.0 MB\\); raise it with --max-file-mb$`) });

  // --- One line of a megabyte: lower-case prose with a name now and then, no line break, no full stop.
  let line = '';
  for (let i = 0; line.length < 1024 * 1024; i++) line += i % 100 === 99 ? 'then Ingrid Solberg spoke to the crowd, ' : 'and the water rose again, ';
  article('long-line.txt', line);

  // --- Encodings.
  const bad = Buffer.concat([Buffer.from('Ingrid Solberg visited Bergen. Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' and a real \ufffd too.\n')]);
  article('invalid-utf8.txt', new TextDecoder('utf-8').decode(bad), bad, /^invalid-utf8\.txt: not valid UTF-8: 3 undecodable byte sequences shown as U\+FFFD; read anyway$/);
  const u16 = 'Ingrid Solberg visited Bergen on Tuesday with the Norwegian Red Cross.\n';
  article('utf16le.txt', u16, utf16(u16, 'le'));
  article('utf16be.txt', u16, utf16(u16, 'be'));
  article('bom-utf8.md', '---\ntitle: With a BOM\n---\nIngrid Solberg visited Bergen.\n', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\ntitle: With a BOM\n---\nIngrid Solberg visited Bergen.\n')]));

  // --- Line ends: CRLF, and old Mac lone CR (front matter included).
  article('crlf.md', '---\r\ntitle: CRLF title\r\nlang: en\r\n---\r\nIngrid Solberg visited Bergen.\r\nShe met Erik Dahl there.\r\n');
  article('lone-cr.md', '---\rtitle: Lone CR title\rlang: en\r---\rIngrid Solberg visited Bergen.\rShe met Erik Dahl there.\r');

  // --- Scripts: Cyrillic, Greek, Arabic, Hebrew (right to left, mixed with Latin), Chinese, Japanese.
  article('scripts/cyrillic.txt', 'Мэр Ингрид Сольберг заявила в понедельник, что 1200 человек эвакуированы из Тромсё.\nЖители вернутся домой в среду.\n');
  article('scripts/greek.txt', 'Η δήμαρχος Ίνγκριντ Σόλμπεργκ δήλωσε ότι 1.200 άνθρωποι απομακρύνθηκαν από το Τρόμσε.\n');
  article('scripts/arabic.txt', 'قالت العمدة إنغريد سولبرغ يوم الاثنين إن 1200 شخص تم إجلاؤهم من ترومسو. وأضافت أن الصليب الأحمر فتح ثلاثة ملاجئ؟ نعم.\n');
  article('scripts/hebrew-mixed.txt', '\u202bראש העירייה Ingrid Solberg אמרה כי 1,200 איש פונו מ-Tromsø.\u202c\nThe Norwegian Red Cross (הצלב האדום) helped.\n');
  article('scripts/chinese.txt', '市长英格丽·索尔贝格周一表示，已有1200人从特罗姆瑟撤离。挪威红十字会开设了三个避难所！居民何时能回家？\n');
  article('scripts/japanese.txt', 'トロムソ市長のイングリッド・ソルベルグ氏は、1200人が避難したと述べた。「赤十字」が支援した。\n');

  // --- Emoji, ZWJ sequences, flags, combining marks (NFD), variation selectors, mixed line ends.
  article(
    'emoji.md',
    '---\nlang: en\n---\n🌊🌊 Flood 🇳🇴 update 👩‍👩‍👧\r\n' +
      'Ingrid Solberg 👩🏽‍🚒 met Jose\u0301 Marti\u0301 and Zoe\u0308 Ha\u0308kkinen in Tromsø on Monday.\r' +
      'A\u0332 ✔\ufe0f note: 12 people 😀 were hurt near Bode\u0308 Fjord.\n' +
      'Ingrid Solberg thanked the volunteers 🙏🏻.\n',
  );

  // --- Front matter: malformed, unclosed, alias bomb, oversized, odd fields.
  article('yaml/bad-yaml.md', '---\ntitle: [unclosed\nsource: "x\n---\nIngrid Solberg visited Bergen.\n', undefined, /^yaml\/bad-yaml\.md: front matter is not valid YAML \(line \d+\): .+/);
  article('yaml/unclosed.md', '---\ntitle: never closed\nIngrid Solberg visited Bergen.\n', undefined, /^yaml\/unclosed\.md: front matter starts with "---" but has no closing "---" line; read as article text$/);
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const p = String.fromCharCode(97 + i - 1);
    const c = String.fromCharCode(97 + i);
    laughs.push(`${c}: &${c} [${Array(9).fill(`*${p}`).join(',')}]`);
  }
  article('yaml/billion-laughs.md', `---\n${laughs.join('\n')}\n---\nIngrid Solberg visited Bergen.\n`, undefined, /^yaml\/billion-laughs\.md: front matter could not be read: .*(alias|resource exhaustion).*/i);
  article('yaml/huge-front-matter.md', `---\n${'note: x\n'.repeat(10000)}---\nIngrid Solberg visited Bergen.\n`, undefined, /^yaml\/huge-front-matter\.md: front matter is larger than 64 KB; skipped without reading its fields$/);
  article('yaml/bad-lang.md', '---\nlang: "🙂 klingon"\n---\nIngrid Solberg visited Bergen on Monday with the mayor.\n', undefined, /^yaml\/bad-lang\.md: front matter lang "🙂 klingon" is not a language code/);
  article('yaml/proto.md', '---\n__proto__: {source: Evil Outlet}\n---\nIngrid Solberg visited Bergen.\n');
  article('yaml/horizontal-rule.md', '----------\nIngrid Solberg visited Bergen.\n');
  article('yaml/empty-front-matter.md', '---\n---\nIngrid Solberg visited Bergen.\n');

  // --- crossread.yaml that is not valid YAML: reported, and the corpus is still read.
  write('crossread.yaml', 'same:\n  - [Ingrid Solberg, I. Solberg\n different: {\n');
  messages.push({ path: 'crossread.yaml', message: /^crossread\.yaml: line \d+: .+/ });

  // --- Links: a loop to the top folder, a link to itself, two links to each other, a link to nothing.
  symlinkSync('.', join(dir, 'loop'));
  messages.push({ path: 'loop', message: /^skipped loop: symbolic link loop \(back to the top folder\); not followed$/ });
  mkdirSync(join(dir, 'nest', 'inner'), { recursive: true });
  symlinkSync('..', join(dir, 'nest', 'inner', 'up'));
  messages.push({ path: 'nest/inner/up', message: /^skipped nest\/inner\/up: symbolic link loop \(back to nest\); not followed$/ });
  symlinkSync('self.txt', join(dir, 'self.txt'));
  symlinkSync('pong.txt', join(dir, 'ping.txt'));
  symlinkSync('ping.txt', join(dir, 'pong.txt'));
  symlinkSync('missing.txt', join(dir, 'dangling.txt'));
  for (const id of ['self.txt', 'ping.txt', 'pong.txt']) messages.push({ path: id, message: new RegExp(`^skipped ${id.replace('.', '\\.')}: symbolic link loop \\(ELOOP\\)$`) });
  messages.push({ path: 'dangling.txt', message: /^skipped dangling\.txt: broken symbolic link \(its target does not exist\)$/ });
  absent.push('self.txt', 'ping.txt', 'pong.txt', 'dangling.txt');

  // --- A named pipe called .txt: reading it would block for ever.
  if (spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status === 0) {
    messages.push({ path: 'pipe.txt', message: /^skipped pipe\.txt: not a regular file \(a named pipe\)$/ });
    absent.push('pipe.txt');
  }

  // --- Names: a folder called .txt, a file name with a line break, a name that is not UTF-8.
  article('folder.txt/inside.txt', 'Ingrid Solberg visited Bergen.\n');
  skippedFile('evil\nname.txt', Buffer.from([1, 2, 3, 0, 4, 5]), /^skipped evil\\u000aname\.txt: binary file \(contains NUL bytes\)$/);
  try {
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/latin1-`), Buffer.from([0xf8]), Buffer.from('.txt')]), 'Ingrid Solberg visited Bergen.\n');
    messages.push({ path: 'latin1-\ufffd.txt', message: /^skipped latin1-\ufffd\.txt: its name is not valid UTF-8; rename it to read it$/ });
  } catch {
    // The file system refuses such names: nothing to test.
  }

  // --- A folder's own documentation: left out by default, but counted and named (never a silent loss).
  write('README.md', '# Not an article\n');
  messages.push({ path: 'README.md', message: /^left out by the default exclusions: 1 article \(README\.md\); read them with --include GLOB/ });
  // --- Not articles: ignored without a word.
  write('notes.docx', randomBytes(100, 3, false));

  return {
    dir,
    messages,
    texts,
    absent,
    big: { id: 'big/huge-article.txt', bytes: big.length },
    valid: { herald: HERALD, times: TIMES, conflict: /3,400 people .* vs 1,200 people|1,200 people .* vs 3,400 people/, names: ['Ingrid Solberg', 'Tromsø'] },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `count` tiny articles in folders of 1,000. Returns how long writing them took. */
export function makeManyFiles(count: number): { dir: string; ms: number; cleanup(): void } {
  const dir = mkdtempSync(join(tempParent(), 'crossread-many-'));
  const t0 = Date.now();
  for (let d = 0; d * 1000 < count; d++) {
    const sub = join(dir, `batch-${String(d).padStart(3, '0')}`);
    mkdirSync(sub);
    for (let i = 0; i < 1000 && d * 1000 + i < count; i++) writeFileSync(join(sub, `n${i}.txt`), `note ${d * 1000 + i} of the batch.\n`);
  }
  return { dir, ms: Date.now() - t0, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface FileState {
  kind: string;
  size: number;
  mtimeMs: number;
  sha1?: string;
}

/** Every entry under `dir` (links not followed, pipes not opened): kind, size, mtime and a hash of regular files. */
export function fileStates(dir: string): Map<string, FileState> {
  const out = new Map<string, FileState>();
  const walk = (rel: Buffer | undefined) => {
    const base = rel ? Buffer.concat([Buffer.from(`${dir}/`), rel]) : Buffer.from(dir);
    for (const name of readdirSync(base, { encoding: 'buffer' })) {
      const relBuf = rel ? Buffer.concat([rel, Buffer.from('/'), name]) : name;
      const path = Buffer.concat([Buffer.from(`${dir}/`), relBuf]);
      const st = lstatSync(path);
      const kind = st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
      const state: FileState = { kind, size: st.size, mtimeMs: st.mtimeMs };
      if (kind === 'file') state.sha1 = createHash('sha1').update(readFileSync(path)).digest('hex');
      out.set(relBuf.toString('latin1'), state);
      if (kind === 'dir') walk(relBuf);
    }
  };
  walk(undefined);
  return out;
}
