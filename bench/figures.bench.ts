// Throughput of the figure extractor on the ECB+ corpus (982 English files) and the seeds. Run from the repo root:
//   npx esbuild bench/figures.bench.ts --bundle --platform=node --format=esm --outfile=/tmp/figbench.mjs && node /tmp/figbench.mjs
// (`npx tsx bench/figures.bench.ts` works too but is slower: tsx routes every imported call through a getter.)
// Reports MB/s (UTF-8 bytes of input per second, median of 7 rounds after a warm-up) of wall time and of the process's
// CPU time (the CPU figure is the one to trust on a shared machine). `--dump` prints every ECB+ figure.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFigures } from '../src/core/figures/index';
import { splitSentences } from '../src/core/text/sentences';

const fromHere = resolve(import.meta.dirname ?? '.', '../../shared/corpus');
const shared = existsSync(fromHere) ? fromHere : resolve(process.cwd(), '../shared/corpus');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (p.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

function run(label: string, docs: { id: string; text: string; lang: string }[], rounds: number): void {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  let figures = 0;
  for (const d of docs) figures += extractFigures(d.text, d.lang, splitSentences(d.text), d.id).length; // warm-up
  const measure = (f: () => void): { wall: number; cpu: number } => {
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      f();
      walls.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpus.push((c.user + c.system) / 1000);
    }
    walls.sort((a, b) => a - b);
    cpus.sort((a, b) => a - b);
    return { wall: walls[rounds >> 1]!, cpu: cpus[rounds >> 1]! };
  };
  const mbs = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  const both = measure(() => {
    for (const d of docs) extractFigures(d.text, d.lang, splitSentences(d.text), d.id);
  });
  const pre = docs.map((d) => splitSentences(d.text));
  const alone = measure(() => docs.forEach((d, i) => extractFigures(d.text, d.lang, pre[i]!, d.id)));
  console.log(
    `${label}: ${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${figures} figures\n` +
      `  splitSentences+extractFigures: wall ${both.wall.toFixed(0)} ms = ${mbs(both.wall)} MB/s, cpu ${both.cpu.toFixed(0)} ms = ${mbs(both.cpu)} MB/s\n` +
      `  extractFigures alone:          wall ${alone.wall.toFixed(0)} ms = ${mbs(alone.wall)} MB/s, cpu ${alone.cpu.toFixed(0)} ms = ${mbs(alone.cpu)} MB/s`,
  );
}

const ecb = files(join(shared, 'ecbplus')).map((p) => ({ id: p.slice(shared.length + 1), text: readFileSync(p, 'utf8'), lang: 'en' }));
const seedLang: Record<string, string> = { '000_519756dfe0227828.txt': 'nb' };
const seeds = files(join(shared, 'seeds')).map((p) => {
  const id = p.split('/').pop()!;
  return { id, text: readFileSync(p, 'utf8'), lang: seedLang[id] ?? 'en' };
});
run('ECB+', ecb, 7);
run('seeds x200', Array.from({ length: 200 }, () => seeds).flat(), 7);

if (process.argv.includes('--dump')) {
  for (const d of ecb) {
    for (const f of extractFigures(d.text, d.lang, splitSentences(d.text), d.id)) {
      console.log(`${d.id}\t${JSON.stringify(f.text)}\t${f.value}\t${f.unit}\t${f.hedge}\t${JSON.stringify(f.counts)}`);
    }
  }
}
