// Property test: addDecision's output re-parses with the new decision last and every earlier decision kept, for
// any names (quotes, colons, line breaks, control characters, emoji, lone surrogates, YAML keywords).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecision, parseDecisions } from '../../src/core/decisions/decisionsYaml';
import { decision } from './decisionArbitraries';

describe('crossread.yaml: adding decisions (properties)', () => {
  it('addDecision output re-parses: every earlier decision kept, the new one last', () => {
    // Files made of earlier decisions (built once: re-building them in every run would take most of the time).
    const starts = ['', '# my notes\n', 'same:\n  - [A, B] # kept\n', 'different: []\n'];
    const files = fc.sample(fc.tuple(fc.constantFrom(...starts), fc.array(decision, { maxLength: 3 })), { numRuns: 400, seed: 7 }).map(([base, earlier]) => {
      let text = base;
      for (const d of earlier) text = addDecision(text, d);
      const parsed = parseDecisions(text);
      expect(parsed.problems).toEqual([]);
      return { base, text, before: parsed.decisions };
    });
    fc.assert(
      fc.property(fc.constantFrom(...files), decision, ({ base, text, before }, next) => {
        const out = addDecision(text, next);
        const after = parseDecisions(out);
        expect(after.problems).toEqual([]);
        if (base.includes('# ')) expect(out).toContain(base.slice(base.indexOf('#'), base.indexOf('\n')));
        if (next.kind === 'ignore_figures') {
          expect(after.decisions.ignoreFigures).toEqual([...before.ignoreFigures, { doc: next.doc, text: next.text, ...(next.start !== undefined ? { start: next.start } : {}) }]);
          expect(after.decisions.same).toEqual(before.same);
        } else {
          expect(after.decisions[next.kind]).toEqual([...before[next.kind], next.names]);
          expect(after.decisions.ignoreFigures).toEqual(before.ignoreFigures);
        }
      }),
      { numRuns: 10000 },
    );
  });

});
