/**
 * The bucketed alignment (src/align) against the pairwise one it replaced
 * (pairwise-reference.ts), on random claims: the same alignments in the same order, sides
 * and identities included. The claims are drawn from small pools so that names collide,
 * spellings nearly match, figures meet or miss and quotes share words and speakers; every
 * report's claims sit at the same offsets, so that the order of ties is tested too.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../src/align/index.js';
import { entitiesOf } from '../../src/align/names.js';
import type { Claim, NumberClaim, PersonClaim, QuoteClaim } from '../../src/types.js';
import { pairwiseAlignment } from './pairwise-reference.js';

const NAMES = ['Anna Kovacs', 'Kovacs', 'Ana Kovacs', 'Anna Kovach', 'Maria Kovacs', 'Ivan Petrov', 'Petrov', 'Ivan Petrova',
  'Kathryn Hollis', 'Katherine Hollis', 'Hollis', 'Volodymyr Zelenskyy', 'Zelensky', 'Zelenskyy', 'Lena Hartmann', 'Hartman', 'Amara Okafor'];
const WORDS = ['we', 'will', 'rebuild', 'the', 'plant', 'no', 'new', 'developments', 'this', 'is', 'a', 'tragedy', 'for', 'town', 'said', 'that', 'not', 'it'];

type Draft =
  | { kind: 'number'; measure: string; subgroup: string | null; unit: NumberClaim['unit']; shape: number; v: number }
  | { kind: 'person'; name: string; title: string | null }
  | { kind: 'quote'; words: string[]; speaker: string | null };

const draft: fc.Arbitrary<Draft> = fc.oneof(
  fc.record({
    kind: fc.constant('number' as const),
    measure: fc.constantFrom('deaths', 'injured', 'homes'),
    subgroup: fc.constantFrom(null, null, 'children'),
    unit: fc.constantFrom('count', 'count', 'percent', 'currency:USD') as fc.Arbitrary<NumberClaim['unit']>,
    shape: fc.integer({ min: 0, max: 4 }),
    v: fc.integer({ min: 20, max: 26 }),
  }),
  fc.record({ kind: fc.constant('person' as const), name: fc.constantFrom(...NAMES), title: fc.constantFrom(null, null, 'Mayor', 'former mayor', 'envoy') }),
  fc.record({
    kind: fc.constant('quote' as const),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 9 }),
    speaker: fc.constantFrom(null, null, ...NAMES.slice(0, 8)),
  }),
);

function claim(d: Draft, at: number): Claim {
  const span = { start: at * 10, end: at * 10 + 5 };
  const sentence = { start: at * 10, end: at * 10 + 9 };
  if (d.kind === 'person') return { kind: 'person', span, sentence, name: d.name, title: d.title, titleSpan: null } satisfies PersonClaim;
  if (d.kind === 'quote') return { kind: 'quote', span, sentence, words: d.words.join(' '), speaker: d.speaker, speakerKind: d.speaker === null ? null : 'person', attribution: null } satisfies QuoteClaim;
  // exact, at least, more than, about (±10%), up to
  const [low, high, lowOpen, highOpen] = ([[d.v, d.v, false, false], [d.v, null, false, false], [d.v, null, true, false], [d.v * 0.9, d.v * 1.1, false, false], [0, d.v, false, false]] as const)[d.shape]!;
  return { kind: 'number', span, sentence, measure: d.measure, subgroup: d.subgroup, unit: d.unit, value: d.shape === 0 ? d.v : null, low, high, lowOpen, highOpen, hedge: null } satisfies NumberClaim;
}

const story = (maxReports: number) => fc.array(fc.array(draft, { maxLength: 12 }), { minLength: 1, maxLength: maxReports }).map((reports) => reports.map((ds) => ds.map(claim)));

describe('bucketed alignment', () => {
  it('aligns as every-pair comparison does, in small stories', () => {
    fc.assert(fc.property(story(5), (perReport) => {
      expect(alignClaims(perReport)).toEqual(pairwiseAlignment(perReport, entitiesOf));
    }), { numRuns: 400 });
  });
  it('aligns as every-pair comparison does, in stories of up to 40 reports', () => {
    fc.assert(fc.property(story(40), (perReport) => {
      expect(alignClaims(perReport)).toEqual(pairwiseAlignment(perReport, entitiesOf));
    }), { numRuns: 60 });
  });
  it('aligns as every-pair comparison does when every report repeats the same claims', () => {
    fc.assert(fc.property(fc.array(draft, { maxLength: 10 }), fc.integer({ min: 2, max: 30 }), (ds, n) => {
      const perReport = Array.from({ length: n }, () => ds.map(claim));
      expect(alignClaims(perReport)).toEqual(pairwiseAlignment(perReport, entitiesOf));
    }), { numRuns: 60 });
  });
});

describe('many figures of one measure (issue 25, item 7)', () => {
  const figure = (v: number, at: number): NumberClaim => ({
    kind: 'number', span: { start: at, end: at + 1 }, sentence: { start: at, end: at + 8 }, measure: 'deaths', subgroup: null, unit: 'count',
    value: v, low: v, high: v, lowOpen: false, highOpen: false, hedge: null,
  });
  // "1 dead." … "100000 dead.": a search through every fact per claim took over 60 s.
  it('aligns 100,000 different figures in one report, and the same figures in two, each with its match', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => figure(i + 1, i * 10));
    expect(alignClaims([many, [figure(7, 0)]]).filter((a) => a.sides.length === 2).map((a) => a.sides[0]!.claims[0]!.value)).toEqual([7]);
    const paired = alignClaims([many, [...many].reverse()]);
    expect(paired).toHaveLength(100_000);
    expect(paired.every((a) => a.sides.length === 2 && a.sides[0]!.claims[0]!.value === a.sides[1]!.claims[0]!.value)).toBe(true);
  });
});
