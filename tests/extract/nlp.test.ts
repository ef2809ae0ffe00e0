import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
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

// compromise's own tokenizer, run from its source on the model nlp.ts loaded.
// @ts-expect-error: a JavaScript module without types
const { default: parse } = await import('../../node_modules/compromise/src/1-one/tokenize/methods/parse.js');

describe("compromise's tokenizer, with each written word parsed once", () => {
  const compromise = createRequire(import.meta.url)('compromise/two');
  const TEXTS = [
    SENTENCE,
    'The U.S. envoy, Mr. Witkoff, said: "It’s a re-enactment – not a deal." Prices rose 3.5% to $1,200/oz…',
    'Zelenskyy’s aides (and Ukraine\'s) met at 10 a.m. in Kyiv; co-operation is “vital”, they said!!',
    'Bjŏrk and Ångström visited the café — N.A.S.A. staff, e.g. Dr. Müller — on 2024-03-01.',
    '',
    '   ',
  ];

  it('gives the terms compromise gives, the first time and from its memory', () => {
    tagText(SENTENCE, 0);
    const world = compromise.world();
    for (let pass = 0; pass < 2; pass++) {
      for (const text of TEXTS) expect(world.methods.one.tokenize.fromString(text, world)).toEqual(parse(text, world));
    }
  });

  it('hands out a fresh term each time: tagging one never changes another', () => {
    const world = compromise.world();
    const [a] = world.methods.one.tokenize.fromString('Kovacs said.', world)[0];
    a.tags.add('Person');
    const [b] = world.methods.one.tokenize.fromString('Kovacs said.', world)[0];
    expect(b).not.toBe(a);
    expect(b.tags.size).toBe(0);
  });
});
