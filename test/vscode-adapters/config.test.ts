// Settings parsing, include/exclude globs, and decoding of article bytes.
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, engineOptions, parseConfig } from '../../src/vscode/services/config';
import { decodeArticle } from '../../src/vscode/services/decode';
import { isExcluded, isIncluded, matchesGlob } from '../../src/core/documents/glob';

const from = (values: Record<string, unknown>) => (key: string) => values[key];

describe('parseConfig', () => {
  it('gives the documented defaults for an empty configuration', () => {
    const { config, problems } = parseConfig(from({}));
    expect(problems).toEqual([]);
    expect(config).toEqual({
      include: '**/*.{txt,md}',
      exclude: [...DEFAULT_EXCLUDE],
      languages: [],
      maxFileSizeKB: 2048,
      highlights: { enabled: true, kinds: ['person', 'place', 'organization', 'other', 'figure'] },
      hoversEnabled: true,
      conflictTolerance: 2,
      cacheEnabled: true,
    });
    expect(engineOptions(config)).toEqual({ conflictTolerance: 0.02 });
  });

  it('reads valid values, normalising language codes and ordering kinds', () => {
    const { config, problems } = parseConfig(
      from({
        include: 'news/**/*.txt',
        exclude: ['**/drafts/**', 3, ''],
        languages: ['EN', ' nb ', 'en'],
        maxFileSizeKB: 64,
        'highlights.enabled': false,
        'highlights.kinds': ['figure', 'person'],
        'hovers.enabled': false,
        conflictTolerance: 10,
        'cache.enabled': false,
      }),
    );
    expect(problems).toEqual([]);
    expect(config.include).toBe('news/**/*.txt');
    expect(config.exclude).toEqual(['**/drafts/**']);
    expect(config.languages).toEqual(['en', 'nb']);
    expect(config.maxFileSizeKB).toBe(64);
    expect(config.highlights).toEqual({ enabled: false, kinds: ['person', 'figure'] });
    expect(config.hoversEnabled).toBe(false);
    expect(config.cacheEnabled).toBe(false);
    expect(engineOptions(config).conflictTolerance).toBeCloseTo(0.1);
  });

  it('ignores bad values with a message and falls back to the defaults', () => {
    const { config, problems } = parseConfig(
      from({ include: '', maxFileSizeKB: -5, conflictTolerance: 'lots', 'highlights.kinds': ['person', 'planet'], exclude: 'node_modules' }),
    );
    expect(config.include).toBe(DEFAULT_INCLUDE);
    expect(config.maxFileSizeKB).toBe(2048);
    expect(config.conflictTolerance).toBe(2);
    expect(config.highlights.kinds).toEqual(['person']);
    expect(config.exclude).toEqual([...DEFAULT_EXCLUDE]);
    expect(problems.join('\n')).toMatch(/crossread\.include/);
    expect(problems.join('\n')).toMatch(/crossread\.maxFileSizeKB/);
    expect(problems.join('\n')).toMatch(/crossread\.conflictTolerance/);
    expect(problems.join('\n')).toMatch(/unknown kinds \["planet"\]/);
  });
});

describe('globs', () => {
  it('matches VS Code style include patterns', () => {
    expect(matchesGlob('a.txt', '**/*.{txt,md}')).toBe(true);
    expect(matchesGlob('news/2026/a.md', '**/*.{txt,md}')).toBe(true);
    expect(matchesGlob('a.TXT', '**/*.{txt,md}')).toBe(false);
    expect(matchesGlob('a.txt.bak', '**/*.{txt,md}')).toBe(false);
    expect(matchesGlob('news/a.txt', 'news/*.txt')).toBe(true);
    expect(matchesGlob('news/x/a.txt', 'news/*.txt')).toBe(false);
    expect(matchesGlob('a1.txt', 'a[0-9].txt')).toBe(true);
    expect(matchesGlob('ab.txt', 'a[!0-9].txt')).toBe(true);
    expect(matchesGlob('a+b (1).txt', '*.txt')).toBe(true);
  });

  it('excludes folders and everything below them', () => {
    expect(isExcluded('node_modules/pkg/README.md', DEFAULT_EXCLUDE)).toBe(true);
    expect(isExcluded('deep/node_modules/x.txt', DEFAULT_EXCLUDE)).toBe(true);
    expect(isExcluded('node_modules', DEFAULT_EXCLUDE)).toBe(true);
    expect(isExcluded('outlets/a.txt', DEFAULT_EXCLUDE)).toBe(false);
    expect(isExcluded('output/a.txt', DEFAULT_EXCLUDE)).toBe(false);
    expect(isIncluded('samples/x/a.md', DEFAULT_INCLUDE, DEFAULT_EXCLUDE)).toBe(true);
    expect(isIncluded('dist/a.md', DEFAULT_INCLUDE, DEFAULT_EXCLUDE)).toBe(false);
    // Documentation and the exported report are not articles, in the editor as in the CLI.
    expect(isIncluded('crossread-report.md', DEFAULT_INCLUDE, DEFAULT_EXCLUDE)).toBe(false);
    expect(isIncluded('samples/README.md', DEFAULT_INCLUDE, DEFAULT_EXCLUDE)).toBe(false);
    expect(isIncluded('samples/readme-notes.md', DEFAULT_INCLUDE, DEFAULT_EXCLUDE)).toBe(true);
    expect(isIncluded('drafts/a.md', DEFAULT_INCLUDE, ['drafts'])).toBe(false);
  });
});

describe('decodeArticle', () => {
  it('decodes UTF-8 and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Zelenskyj – «Kyiv»')]);
    expect(decodeArticle(bytes)).toEqual({ text: 'Zelenskyj – «Kyiv»' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4f, 0x00, 0x73, 0x00, 0x6c, 0x00, 0x6f, 0x00]);
    expect(decodeArticle(le)).toEqual({ text: 'Oslo' });
  });

  it('refuses binary files (NUL bytes)', () => {
    expect(decodeArticle(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({ error: 'binary file (contains NUL bytes)' });
  });

  it('replaces invalid UTF-8 instead of failing, and says so', () => {
    const r = decodeArticle(new Uint8Array([0x41, 0xff, 0x42]));
    expect(r).toEqual({ text: 'A\uFFFDB', warning: 'not valid UTF-8: 1 undecodable byte sequence shown as U+FFFD; read anyway' });
  });
});

describe('the settings the editor shows (package.json) and the defaults the code falls back to', () => {
  it('agree', async () => {
    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const props = manifest.contributes.configuration.properties ?? Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));
    expect(props['crossread.exclude'].default).toEqual([...DEFAULT_EXCLUDE]);
    expect(props['crossread.include'].default).toBe(DEFAULT_INCLUDE);
    expect(props['crossread.cache.enabled'].default).toBe(parseConfig(() => undefined).config.cacheEnabled);
  });
});
