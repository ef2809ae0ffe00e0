import { describe, expect, it } from 'vitest';
import { containment, intersect, quoteWords } from '../../src/align/index.js';
import { entitiesOf, resolvePeople, sameness } from '../../src/align/names.js';
import type { PersonClaim } from '../../src/types.js';

const iv = (low: number | null, high: number | null, lowOpen = false, highOpen = false) => ({ low, high, lowOpen, highOpen });

describe('intersect', () => {
  it.each([
    ['25 and at least 25', iv(25, 25), iv(25, null), true],
    ['25 and more than 25', iv(25, 25), iv(25, null, true), false],
    ['25 and 26', iv(25, 25), iv(26, 26), false],
    ['nearly 40 and 40', iv(36, 40, false, true), iv(40, 40), false],
    ['about 400 and some 420', iv(360, 440), iv(378, 462), true],
    ['up to 40 and 12', iv(0, 40), iv(12, 12), true],
  ])('%s', (_n, a, b, meets) => {
    expect(intersect(a, b) !== null).toBe(meets);
  });
});

describe('quote comparison', () => {
  it('ignores case, punctuation and quote style', () => {
    expect(quoteWords('“Every attack,” shows')).toEqual(quoteWords('"every attack shows."'));
  });
  it('measures how much of the shorter quote the longer holds', () => {
    expect(containment(quoteWords('difficult but necessary concessions from both sides'), quoteWords('both sides to agree to difficult but necessary concessions'))).toBeCloseTo(6 / 7);
  });
});

const mention = (name: string, start: number): PersonClaim => ({
  kind: 'person', span: { start, end: start + name.length }, sentence: { start, end: start + name.length }, name, title: null, titleSpan: null,
});

describe('people', () => {
  it('joins surname mentions to the one full name in a report', () => {
    const [e] = entitiesOf(0, [mention('Anna Kovacs', 0), mention('Kovacs', 40)]);
    expect(e!.mentions).toHaveLength(2);
  });
  it.each([
    ['Anna Kovacs', 'Anna Kovacs', 'same'],
    ['Anna Kovacs', 'Kovacs', 'same'],
    ['Kathryn Hollis', 'Katherine Hollis', 'spelling'],
    ['Volodymyr Zelenskyy', 'Zelensky', 'spelling'],
    ['Anna Kovacs', 'Maria Kovacs', null],
    ['Anna Kovacs', 'Anna Horvath', null],
    // One given name, however the rest is written: initials, a middle name, a familiar form.
    ['L. Anna Kovacs', 'Anna Kovacs', 'same'],
    ['Jeb Stuart Magne', 'Jeb Magne', 'same'],
    ['Stan Vilko', 'Stanley Vilko', 'same'],
    ['Jim Vilko', 'James Vilko', 'same'],
    ['Fred Vilko', 'Frederick Vilko', 'same'],
    // Near spellings, and one part of a double surname: one person, written two ways.
    ['Bryant A. Tiel', 'Brian Tiel', 'spelling'],
    ['Maria Lind-Berg', 'Maria Berg', 'spelling'],
    // Two given names that are not one: two people.
    ['Kimani Tiel', 'Mahala Tiel', null],
  ])('%s / %s', (a, b, expected) => {
    const [x] = entitiesOf(0, [mention(a, 0)]);
    const [y] = entitiesOf(1, [mention(b, 0)]);
    expect(sameness(x!, y!)).toBe(expected);
  });
  it('gives two given names under one surname to one person when the reports give them one office', () => {
    const titled = (name: string, title: string): PersonClaim => ({ ...mention(name, 0), title });
    const [x] = entitiesOf(0, [titled('J. Edgar Vilko', 'founding director of the FBI')]);
    const [y] = entitiesOf(1, [titled('Herbert Vilko', 'FBI director')]);
    const [z] = entitiesOf(1, [titled('Herbert Vilko', 'CIA director')]);
    expect(sameness(x!, y!)).toBe('spelling');
    expect(sameness(x!, z!)).toBe(null);
  });
  it('gives a bare surname to the person the report named first among those who bear it', () => {
    const entities = entitiesOf(0, [mention('Ana Ruiz', 0), mention('Pablo Ruiz', 40), mention('Ruiz', 80)]);
    expect(entities.map((e) => [e.name, e.mentions.length])).toEqual([['Ana Ruiz', 2], ['Pablo Ruiz', 1]]);
  });
  it('resolves people across three reports, one entity per report', () => {
    const people = resolvePeople([entitiesOf(0, [mention('Anna Kovacs', 0)]), entitiesOf(1, [mention('Kovacs', 0)]), entitiesOf(2, [mention('Ivan Petrov', 0)])]);
    expect(people.map((p) => [p.name, p.entities.map((e) => e.report)])).toEqual([
      ['Anna Kovacs', [0, 1]],
      ['Ivan Petrov', [2]],
    ]);
  });
  it('gives a surname to the person named first, even when that person took the spelling later', () => {
    // Anna Kovach (first) and Maria Kovacs (second); report 2 spells Anna's surname Kovacs;
    // "Kovacs" alone in report 3 could be either, and goes to the one named first.
    const people = resolvePeople([
      entitiesOf(0, [mention('Anna Kovach', 0), mention('Maria Kovacs', 20)]),
      entitiesOf(1, [mention('Anna Kovacs', 0)]),
      entitiesOf(2, [mention('Kovacs', 0)]),
    ]);
    expect(people.map((p) => [p.name, p.entities.map((e) => e.report), p.spellingDiffers])).toEqual([
      ['Anna Kovach', [0, 1, 2], true],
      ['Maria Kovacs', [0], false],
    ]);
  });
});
