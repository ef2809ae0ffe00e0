import { describe, expect, it } from 'vitest';
import { forgetTaggedTexts, tagText } from '../../src/extract/nlp.js';
import { extractReport } from '../../src/check.js';

const SENTENCE = 'At least 25 people were killed, regional transport minister Olek Danowski said on Monday.';

const view = (tokens: ReturnType<typeof tagText>, shift = 0) =>
  tokens.map((t) => ({ text: t.text, start: t.start - shift, end: t.end - shift, tags: [...t.tags].sort(), lemma: t.lemma }));

describe('cache of tagged texts', () => {
  it('serves a text seen before with the same tokens, moved to where it now stands', () => {
    forgetTaggedTexts();
    const first = tagText(SENTENCE, 0);
    const again = tagText(SENTENCE, 500);
    expect(view(again, 500)).toEqual(view(first));
    expect(again[0]!.start).toBe(500);
    expect(again.at(-1)!.end).toBe(500 + SENTENCE.lastIndexOf('Monday') + 'Monday'.length);
  });

  it('gives the same claims whether the sentences were tagged before or not', () => {
    const text = `${SENTENCE}\n\n"We will rebuild," Mayor Anna Kovacs told reporters. ${SENTENCE}`;
    forgetTaggedTexts();
    const cold = extractReport({ path: 'a.txt', text }).claims;
    const warm = extractReport({ path: 'a.txt', text }).claims;
    expect(warm).toEqual(cold);
    expect(cold.filter((c) => c.kind === 'number')).toHaveLength(2);
  });

  it('hands out fresh token objects each time (their read-only tag sets are shared)', () => {
    forgetTaggedTexts();
    const a = tagText(SENTENCE, 0);
    const b = tagText(SENTENCE, 0);
    expect(b[0]).not.toBe(a[0]);
    expect(b[0]).toEqual(a[0]);
  });
});
