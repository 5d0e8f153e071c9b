// Property tests: parseDecisions never throws, whatever crossread.yaml holds (malformed YAML, alias bombs, odd
// types, lone surrogates), and every problem has a line in the file; addDecision on any file refuses with a message
// or keeps what the file had. (decisionsAdd.test.ts: addDecision's output re-parses, for any names.)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecision, parseDecisions } from '../../src/core/decisions/decisionsYaml';
import { decision, decisionsText } from './decisionArbitraries';

function lineCount(text: string): number {
  return text.split(/\r\n|\r|\n/).length;
}

describe('crossread.yaml (properties)', () => {
  it('parseDecisions never throws; problems have a line in the file and a one-line message', () => {
    fc.assert(
      fc.property(decisionsText, (text) => {
        const { decisions, problems } = parseDecisions(text);
        for (const p of problems) {
          expect(Number.isInteger(p.line)).toBe(true);
          expect(p.line).toBeGreaterThanOrEqual(1);
          expect(p.line).toBeLessThanOrEqual(lineCount(text));
          expect(typeof p.message).toBe('string');
          expect(p.message).not.toMatch(/\n/);
        }
        for (const list of [decisions.same, decisions.different]) for (const names of list) {
          expect(names.length).toBeGreaterThanOrEqual(2);
          for (const n of names) expect(typeof n).toBe('string');
        }
        for (const f of decisions.ignoreFigures) {
          expect(typeof f.doc).toBe('string');
          expect(typeof f.text).toBe('string');
          if (f.start !== undefined) expect(Number.isSafeInteger(f.start) && f.start >= 0).toBe(true);
        }
      }),
      { numRuns: 10000 },
    );
  });

  it('addDecision on any file either refuses with a message or keeps every decision it had', () => {
    fc.assert(
      fc.property(decisionsText, decision, (text, next) => {
        let out: string;
        try {
          out = addDecision(text, next);
        } catch (err) {
          expect(err).toBeInstanceOf(Error);
          expect((err as Error).message.length).toBeGreaterThan(0);
          return;
        }
        const before = parseDecisions(text);
        const after = parseDecisions(out);
        if (before.problems.length === 0) {
          expect(after.problems).toEqual([]);
          const key = next.kind === 'ignore_figures' ? 'ignoreFigures' : next.kind;
          expect(after.decisions[key].slice(0, before.decisions[key].length)).toEqual(before.decisions[key]);
          expect(after.decisions[key]).toHaveLength(before.decisions[key].length + 1);
        }
      }),
      { numRuns: 10000 },
    );
  });
});
