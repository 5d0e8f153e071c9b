// What a claim is called in the Claims view, the hover and the reports: English where the group allows.
import { describe, expect, it } from 'vitest';
import { CONCEPT_NAMES, countedLabel, eventLabel } from '../../src/core/claims/concepts';
import { CorpusIndex } from '../../src/core/corpus/corpusIndex';

describe('claim labels', () => {
  it('every concept has an English label', () => {
    for (const c of CONCEPT_NAMES.events) expect(eventLabel(c), c).toBeTruthy();
    for (const c of CONCEPT_NAMES.counted) expect(countedLabel(c), c).toBeTruthy();
  });

  it('a claim with an English source is named by its English counted noun', () => {
    const index = new CorpusIndex();
    index.setDocument({ id: 'nordvik/a.md', text: '---\nlang: nb\n---\nOrdfører Ingrid Solberg sier at 3000 innbyggere ble evakuert fra Tromsø.' });
    index.setDocument({ id: 'wire/a.md', text: '---\nlang: en\n---\nMayor Ingrid Solberg said 5000 residents were evacuated from Tromsø.' });
    const [claim] = index.snapshot().claims;
    expect(claim?.verdict).toBe('conflict');
    expect(claim?.about).toBe('residents evacuated');
  });

  it('without an English source, by the concepts every figure shares', () => {
    const index = new CorpusIndex();
    index.setDocument({ id: 'nordvik/a.md', text: '---\nlang: nb\n---\nOrdfører Ingrid Solberg sier at 3000 innbyggere ble evakuert fra Tromsø.' });
    index.setDocument({ id: 'anzeiger/a.md', text: '---\nlang: de\n---\nBürgermeisterin Ingrid Solberg sagte, 5000 Einwohner seien aus Tromsø evakuiert worden.' });
    const [claim] = index.snapshot().claims;
    expect(claim?.verdict).toBe('conflict');
    expect(claim?.about).toBe('residents evacuated');
  });
});
