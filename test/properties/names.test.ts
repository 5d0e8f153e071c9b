// Property tests: foldName and phoneticKey never throw, are deterministic, and fold every name (any script,
// emoji, combining marks, lone surrogates) to lower-case ASCII tokens.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, phoneticKey } from '../../src/core/entities/names';
import { anyText, lang } from './arbitraries';

describe('name normalisation (properties)', () => {
  it('foldName: never throws, deterministic, key = tokens joined, tokens lower-case ASCII without spaces', () => {
    fc.assert(
      fc.property(anyText(12), lang, (name, l) => {
        const f = foldName(name, l);
        expect(foldName(name, l)).toEqual(f);
        expect(f.key).toBe(f.tokens.join(' '));
        expect(f.phonetic).toHaveLength(f.tokens.length);
        for (const t of f.tokens) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).not.toMatch(/\s/);
        }
        expect(f.key).toMatch(/^[\x00-\x7f]*$/);
        expect(f.key).toBe(f.key.toLowerCase());
        if (f.canonical !== undefined) expect(typeof f.canonical).toBe('string');
      }),
      { numRuns: 10000 },
    );
  });

  it('phoneticKey: never throws, deterministic, ASCII in gives ASCII out', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 20 }), fc.stringMatching(/^[a-z]{0,20}$/), anyText(6)), lang, (token, l) => {
        const k = phoneticKey(token, l);
        expect(typeof k).toBe('string');
        expect(phoneticKey(token, l)).toBe(k);
        if (/^[\x00-\x7f]*$/.test(token)) expect(k).toMatch(/^[\x00-\x7f]*$/);
        if (/^[a-z]*$/.test(token)) expect(k).toMatch(/^[a-zSX]*$/);
      }),
      { numRuns: 10000 },
    );
  });

  it('phoneticKey of every folded token is lower-case ASCII but for the S and X it writes itself', () => {
    fc.assert(
      fc.property(anyText(12), lang, (name, l) => {
        for (const p of foldName(name, l).phonetic) expect(p.replace(/[SX]/g, '')).toBe(p.replace(/[SX]/g, '').toLowerCase());
      }),
      { numRuns: 10000 },
    );
  });
});
