// CPU time of each per-document stage, called as analyzeDocument calls them (for the analysis scripts).
import { checksum } from '../src/core/corpus/analyzeDocument';
import { readDocumentMeta } from '../src/core/documents/readDocument';
import { splitSentences } from '../src/core/text/sentences';
import { findMentions } from '../src/core/entities/findMentions';
import { extractFigures } from '../src/core/figures';
import { eventConcepts } from '../src/core/claims/concepts';
import type { SourceFile } from '../src/core/model';
import { cpuNow } from '../bench/measure';

export interface StageTimes {
  [stage: string]: number;
}

/** CPU ms of each per-document stage over `files`. */
export function stageTimes(files: readonly SourceFile[]): StageTimes {
  const t: StageTimes = { meta: 0, sentences: 0, mentions: 0, figures: 0, events: 0, checksum: 0 };
  for (const f of files) {
    let c = cpuNow();
    const meta = readDocumentMeta(f);
    let d = cpuNow();
    t.meta! += d - c;
    const sentences = splitSentences(f.text, meta.bodyStart);
    c = cpuNow();
    t.sentences! += c - d;
    findMentions(f.text, meta.lang, sentences, f.id, meta.bodyStart);
    d = cpuNow();
    t.mentions! += d - c;
    const figs = extractFigures(f.text, meta.lang, sentences, f.id, meta.bodyStart);
    c = cpuNow();
    t.figures! += c - d;
    figs.map((x) => {
      const s = sentences[x.sentence];
      return s ? eventConcepts(f.text.slice(s.start, s.end)) : [];
    });
    d = cpuNow();
    t.events! += d - c;
    checksum(f.text);
    c = cpuNow();
    t.checksum! += c - d;
  }
  return t;
}
