import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTerms, type SplitModel } from '../../src/extract/terms.js';

interface Tokenizer {
  splitTerms(sentence: string, model: unknown): string[];
}
interface Nlp {
  world(): { model: SplitModel; methods: { one: { tokenize: Tokenizer } } };
}

// factdiff never replaces compromise's splitTerms on its world (it calls its own from its
// tokenizer), so the loaded library's method is the reference.
const world = (createRequire(import.meta.url)('compromise/two') as Nlp).world();
const theirs = (sentence: string): string[] => world.methods.one.tokenize.splitTerms(sentence, world.model);
const ours = (sentence: string): string[] => splitTerms(sentence, world.model);

describe('splitTerms', () => {
  const CASES = [
    'At least 25 people were killed, regional transport minister Olek Danowski said.',
    'aug-20 20-aug re-do flower-like x-ray l-theanine well-known 28-point (4-5) "10-12" co-op',
    'he / she and/or km/h 1/2 a / b / c / d x/y/z / end',
    '2 - 5 pm, 10am - 2pm, 3:30pm-4pm, 1999 - 2003, 5 -6 and 7- 8',
    '... -- — ( ) [ ] " \' ` « » * • ?! . a',
    '   leading and trailing spaces   ',
    'tabs\tand\nnewlines\u00a0nbsp',
    '',
  ];

  it.each(CASES)('splits %j as compromise does', (sentence) => {
    expect(ours(sentence)).toEqual(theirs(sentence));
  });

  it('agrees with compromise on random text rich in dashes, slashes, digits and spaces', () => {
    const piece = fc.stringMatching(/^[a-zA-Zé0-9\-–—/:.,?!'"()•* \t\u00a0]{0,8}$/);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const sentence = pieces.join(' ');
        expect(ours(sentence)).toEqual(theirs(sentence));
      }),
      { numRuns: 3000 },
    );
  });
});
