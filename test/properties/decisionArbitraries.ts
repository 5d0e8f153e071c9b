// Arbitraries for the crossread.yaml property tests: YAML-ish soups and decisions with hostile names.
import fc from 'fast-check';
import { anyText } from './arbitraries';

const YAML_PIECES = [
  'same:', 'different:', 'ignore_figures:', 'other:', '  - ', '- ', '[', ']', '{', '}', ', ', ': ', 'Ingrid Solberg', 'I. Solberg',
  '"', "'", '&a ', '*a', '&b ', '*b', '!!str ', '!tag ', '? ', '# note', 'doc: a.txt', 'text: 1,200 people', 'start: 12',
  'start: -1', 'start: 1e400', '~', 'null', '123', '\n', '\r\n', '\r', '\t', '  ', '---', '...', '%YAML 1.2', '😀', '\ud800',
  'e\u0301', '|', '>', '<<: *a',
];
export const yamlSoup = fc.array(fc.constantFrom(...YAML_PIECES), { maxLength: 30 }).map((xs) => xs.join(''));
export const decisionsText = fc.oneof({ weight: 3, arbitrary: yamlSoup }, { weight: 1, arbitrary: anyText(30) });

export const name = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), anyText(4), fc.constantFrom('yes', 'no', 'null', '~', '123', '1e3', '- x', '&a', '*a', '#', ': ', '"', "'", '[a]', '{a: 1}', '', ' ', '\t', '@x', '`x', '%x', '!x'));
export const decision = fc.oneof(
  fc.record({ kind: fc.constantFrom('same' as const, 'different' as const), names: fc.array(name, { minLength: 2, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('ignore_figures' as const), doc: name, text: name, start: fc.option(fc.nat(), { nil: undefined }) }),
);

