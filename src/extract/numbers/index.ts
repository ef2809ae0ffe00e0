/**
 * Number claims: Segment + tokens → NumberClaim[].
 *
 * scan.ts finds each number and its value; measure.ts finds what it counts; this file
 * decides which numbers are claims (not dates, times, name parts or unexplained bare
 * numbers) and links breakdowns ("including 15 children") to the count they break down.
 */
import type { NumberClaim, Segment, Span } from '../../types.js';
import { lowerBound, type Token } from '../nlp.js';
import { scanNumbers, type NumberMention } from './scan.js';
import { groupAfter, lexiconMeasure, measureFromContext, measureFromLabel, singularise, type Measure } from './measure.js';

export { scanNumbers } from './scan.js';
export type { NumberMention } from './scan.js';

const BREAKDOWN_BEFORE = /(?:\binclud(?:ing|es|ed)|\bamong (?:them|whom|those|the \p{L}+)|\bof (?:whom|them|which)|\bincl\.|\bcomprising)\s*(?:were|was|are|is)?\s*[:(]?\s*$/iu;
/** "three children and two women", "three children, two women": a list inside a breakdown. */
const COORDINATED_BEFORE = /^\s+[\p{L}-]+(?:\s+and\s+|,\s+)$/iu;
const COMPOUND_AFTER = /^[-‐‑](\p{L}+(?:[-‐‑]\p{L}+)*)/u;
const NOT_COUNTING_BEFORE = /\b(?:no|any|some|every|each|the)\s*$/i;

/** Finds the number claims of one segment. `tokens` are the segment's tagged words. */
export function extractNumbers(
  text: string,
  segment: Segment,
  tokens: readonly Token[],
  earlier: readonly NumberClaim[] = [],
): NumberClaim[] {
  const { start: segStart, end: segEnd } = segment.span;
  const body = text.slice(segStart, segEnd);
  const claims: NumberClaim[] = [];
  const breakdown: boolean[] = [];
  const mentions = scanNumbers(body);
  let pendingQualifier: { index: number; base: ClaimBase; subgroup: string } | null = null;

  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n]!;
    const span: Span = { start: segStart + m.start, end: segStart + m.end };
    // A bounded window of words on each side: enough for every rule, and linear overall.
    const next = lowerBound(tokens, span.end, (t) => t.start);
    const after = tokens.slice(next, next + WINDOW);
    // A year-like number is a year unless a plural noun says it counts ("2000 troops").
    if (m.role !== null && !(m.role === 'year' && after[0]?.tags.has('Plural') && after[0].start - span.end <= 1)) continue;
    // Tokens are disjoint and sorted, so their ends are sorted too.
    const last = lowerBound(tokens, span.start + 1, (t) => t.end) - 1;
    const before = tokens.slice(Math.max(0, last - WINDOW + 1), last + 1).reverse();
    if (isNotCounting(body, m, after)) continue;

    const previous = claims.length > 0 ? claims[claims.length - 1]! : null;
    const lead = body.slice(Math.max(0, m.start - LOOKBACK), m.start);
    const isBreakdown =
      BREAKDOWN_BEFORE.test(lead) ||
      (previous !== null && breakdown[claims.length - 1] === true &&
        COORDINATED_BEFORE.test(body.slice(Math.max(previous.span.end - segStart, m.start - LOOKBACK), m.start)));
    const base = claimBase(span, segment.span, m);

    if (isBreakdown) {
      // The count broken down: the last head count in this sentence, else earlier in the paragraph.
      // "Among the dead were two firefighters": the opener names which count is broken down.
      const named = /\bamong the (\p{L}+)/iu.exec(lead)?.[1];
      const wanted = named ? lexiconMeasure({ text: named, lemma: named.toLowerCase() }) : null;
      const parent = lastHead(claims, breakdown, wanted) ?? lastHead(earlier, null, wanted);
      const group = groupAfter(after, body.slice(m.end, (after[0]?.start ?? segEnd) - segStart));
      if (parent && group) {
        claims.push(numberClaim(base, parent.measure, group, m.unit));
        breakdown.push(true);
        continue;
      }
    }

    const measure = resolve(text, segment, tokens, m, span, after, before);
    if (measure === null) continue;
    if (measure.measure === '' && measure.qualifier) {
      // "23 migrants, 12 Somali and 11 Yemeni": a qualifier alone breaks down the count before it.
      const head = lastHead(claims, breakdown);
      if (head) {
        claims.push(numberClaim(base, head.measure, measure.qualifier));
        breakdown.push(true);
        continue;
      }
      // "12 Somali and 11 Yemeni migrants": borrow the noun of the next coordinated number.
      pendingQualifier = { index: claims.length, base, subgroup: measure.qualifier };
      continue;
    }
    const subgroup = measure.group ?? measure.qualifier;
    if (pendingQualifier && claims.length === pendingQualifier.index && measure.qualifier) {
      claims.push(numberClaim(pendingQualifier.base, measure.measure, pendingQualifier.subgroup));
      breakdown.push(false);
    }
    pendingQualifier = null;
    claims.push(numberClaim(base, measure.measure, subgroup));
    breakdown.push(false);
  }
  return claims;
}

/** Characters looked at before a number for a breakdown opener ("including"). */
const LOOKBACK = 60;

/** The last count that is not itself a breakdown, among the last few claims. */
function lastHead(claims: readonly NumberClaim[], breakdown: readonly boolean[] | null, measure: string | null = null): NumberClaim | null {
  for (let i = claims.length - 1; i >= Math.max(0, claims.length - 20); i--) {
    if (!(breakdown?.[i] ?? false) && claims[i]!.subgroup === null && (measure === null || claims[i]!.measure === measure)) return claims[i]!;
  }
  return null;
}

/** Words looked at on each side of a number. */
const WINDOW = 12;

type ClaimBase = Omit<NumberClaim, 'measure' | 'subgroup'>;

function claimBase(span: Span, sentence: Span, m: NumberMention): ClaimBase {
  return { kind: 'number', span, sentence, unit: m.unit, value: m.value, low: m.low, high: m.high, lowOpen: m.lowOpen, highOpen: m.highOpen, hedge: m.hedge };
}

/** The claim, its fields in a fixed order (JSON output keeps it). */
function numberClaim(base: ClaimBase, measure: string, subgroup: string | null, unit: NumberClaim['unit'] = base.unit): NumberClaim {
  return {
    kind: 'number', span: base.span, sentence: base.sentence, subgroup, unit, value: base.value, low: base.low,
    high: base.high, lowOpen: base.lowOpen, highOpen: base.highOpen, hedge: base.hedge, measure,
  };
}

/** "one of the buildings", "no one": a number word that does not count anything. */
function isNotCounting(body: string, m: NumberMention, after: readonly Token[]): boolean {
  if (!m.inWords || m.halving) return false;
  const word = body.slice(m.start, m.end).toLowerCase();
  if (m.unit === 'ordinal') return /^(?:first|second)$/.test(word);
  if (word !== 'one') return false;
  const next = after[0]?.text.toLowerCase();
  return next === 'of' || next === 'another' || next === 'day' || NOT_COUNTING_BEFORE.test(body.slice(Math.max(0, m.start - 12), m.start));
}

function resolve(
  text: string,
  segment: Segment,
  tokens: readonly Token[],
  m: NumberMention,
  span: Span,
  after: readonly Token[],
  before: readonly Token[],
): Measure | null {
  if (m.halving) return { measure: 'cut', group: null, qualifier: null };
  if (isApposedAge(text, span, m, before)) return { measure: 'age', group: null, qualifier: null };
  const compound = COMPOUND_AFTER.exec(text.slice(span.end, span.end + 40));
  const gap = text.slice(span.end, after[0]?.start ?? span.end);
  const fromContext = measureFromContext(after, before, compound ? compound[1]!.replace(/[‐‑]/g, '-').toLowerCase() : null, m.unit, gap);
  if (segment.kind === 'table-row') {
    const label = rowLabel(segment, span, tokens);
    if (label) return { measure: label, group: fromContext?.group ?? null, qualifier: null };
  }
  return fromContext;
}

/** "Walter Pike, 67, was jailed": a bare number set off by commas after a person's name is an age. */
function isApposedAge(text: string, span: Span, m: NumberMention, before: readonly Token[]): boolean {
  if (m.unit !== 'count' || m.value === null || m.hedge !== null || m.value < 1 || m.value > 120 || !Number.isInteger(m.value)) return false;
  const name = before[0];
  if (!name || !(name.tags.has('Person') || name.tags.has('ProperNoun')) || !/,\s*$/.test(name.post)) return false;
  return /^\s*[,)]/.test(text.slice(span.end, span.end + 3)) || /^\s*$/.test(text.slice(span.end, span.end + 1));
}

/** The measure a table row's label gives to a number in a later cell. */
function rowLabel(segment: Segment, span: Span, tokens: readonly Token[]): string | null {
  const cells = segment.cells;
  const first = cells[0];
  if (!first || span.start < (cells[1]?.start ?? Infinity)) return null;
  const label = tokens.filter((t) => t.start >= first.start && t.end <= first.end);
  const measure = measureFromLabel(label);
  if (measure) return measure;
  const column = cells.findIndex((c) => span.start >= c.start && span.end <= c.end);
  const header = segment.header[column];
  return header ? singularise(header.trim().split(/\s+/).pop() ?? '') || null : null;
}
