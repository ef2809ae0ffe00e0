import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetAllTexts, forgetTaggedTexts, tagText } from '../../src/extract/nlp.js';
import { extractReport } from '../../src/check.js';

interface Nlp {
  world(): { methods: { one: { tokenize: { fromString(text: string, world: unknown): unknown[][] } } } };
}

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

  it('hands out fresh token objects on each later call (their read-only tag sets are shared)', () => {
    forgetTaggedTexts();
    const a = tagText(SENTENCE, 0);
    const b = tagText(SENTENCE, 0);
    expect(b[0]).not.toBe(a[0]);
    expect(b[0]).toEqual(a[0]);
  });
});

describe('forgetAllTexts', () => {
  it('tags again from nothing, with the same tokens and claims', () => {
    const text = `${SENTENCE} Ministers' aides didn't say. "We'll rebuild," Mayor Anna Kovacs told reporters in Kyiv.`;
    const tokens = tagText(text, 0);
    const claims = extractReport({ path: 'a.txt', text }).claims;
    forgetAllTexts();
    const again = tagText(text, 0);
    expect(view(again)).toEqual(view(tokens));
    forgetAllTexts();
    expect(extractReport({ path: 'a.txt', text }).claims).toEqual(claims);
  });
});

describe('memoised word parse', () => {
  // compromise's ESM entry is a second copy of the library, left as it ships: its tokenizer
  // is the reference for ours (the CommonJS copy that nlp.ts loads and memoises).
  const tokenizers = async () => {
    tagText('load', 0);
    const ours = createRequire(import.meta.url)('compromise/two') as Nlp;
    const theirs = ((await import('compromise/two')) as unknown as { default: Nlp }).default;
    const split = (nlp: Nlp) => (text: string) => {
      const world = nlp.world();
      return world.methods.one.tokenize.fromString(text, world);
    };
    return { ours: split(ours), theirs: split(theirs) };
  };

  const CASES = [
    SENTENCE,
    '"We will rebuild," she said. ‘Not now’ — (maybe) later… 1,250 people; 3.5% of $2bn.',
    "Don't stop: it's the F.B.I.'s call, Flanders' chillin' re-enactment #tag @user :) <3",
    'Café naïve Zürich — ＂wide quotes＂, «guillemets» and „low“ marks.\u200b Zero\u00a0width.',
    '+44 (800) 500+ -5 ’97 x-ray 10-12 km/h and/or www.example.com',
    'ALL CAPS HEADLINE SAYS 25 DEAD',
    // Chunks over 40 characters are parsed each time, not kept.
    'See https://example.com/a/very/long/path/that/goes/on/and/on?x=1&y=2, or pneumonoultramicroscopicsilicovolcanoconiosis.',
    '',
  ];

  it.each(CASES)('splits and parses %j as compromise does, the first time and from memory', async (text) => {
    const { ours, theirs } = await tokenizers();
    const expected = theirs(text);
    expect(ours(text)).toEqual(expected);
    expect(ours(text)).toEqual(expected);
  });

  it('agrees with compromise on random text', async () => {
    const { ours, theirs } = await tokenizers();
    const word = fc.stringMatching(/^[A-Za-zé0-9.,;:!?'"“”‘’()\-–—…$%#@&/+ ]{0,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const text = words.join(' ');
        expect(ours(text)).toEqual(theirs(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives each term a fresh object: compromise changes terms in place', async () => {
    const { ours } = await tokenizers();
    const [a, b] = [ours('twenty people'), ours('twenty people')];
    expect(b[0]![0]).not.toBe(a[0]![0]);
    expect(b[0]![0]!.tags).not.toBe(a[0]![0]!.tags);
  });
});
