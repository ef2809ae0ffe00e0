/**
 * Extract stage: Report + Segment[] → Claim[].
 *
 * Tags each segment once (compromise, through nlp.ts), then runs the three extractors
 * over the same tokens: numbers per segment, people over the whole report (a surname
 * seen once is known later), quotes over paragraphs with the people found.
 * Owns everything that reads language; nothing downstream looks at words again.
 */
import type { Claim, ClaimKind, NumberClaim, Segment } from '../types.js';
import { tagText, type Token } from './nlp.js';
import { extractNumbers } from './numbers/index.js';
import { acceptedNames, nameCandidates, personGenders, resolveNames, type NameCandidate } from './people/index.js';
import { extractQuotes } from './quotes/index.js';

export { scanNumbers, type NumberMention } from './numbers/index.js';

/** Finds the claims of one report's text, in text order. */
export function extractClaims(text: string, segments: readonly Segment[], kinds: readonly ClaimKind[] = ['number', 'person', 'quote']): Claim[] {
  return finishClaims(draftClaims(text, segments, kinds));
}

/**
 * A report read once: its numbers, the possible names and the tokens quote attribution
 * needs. `finishClaims` settles who is a person, which can take the names other reports
 * of the story treat as people.
 */
export interface Draft {
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly kinds: readonly ClaimKind[];
  readonly numbers: readonly NumberClaim[];
  readonly candidates: readonly NameCandidate[];
  readonly kept: readonly (readonly Token[] | undefined)[];
}

/** Reads a report: everything but the decision on names, which may wait for the other reports. */
export function draftClaims(text: string, segments: readonly Segment[], kinds: readonly ClaimKind[] = ['number', 'person', 'quote']): Draft {
  const wantNumbers = kinds.includes('number');
  const wantQuotes = kinds.includes('quote');
  const wantPeople = kinds.includes('person') || wantQuotes;
  // Tokens are kept only where quote attribution needs them (a segment with a quote mark
  // and the ones either side of it), so memory grows with the claims, not with the report.
  const quoted = segments.map((s) => QUOTE_MARK.test(text.slice(s.span.start, s.span.end)));
  const kept: (Token[] | undefined)[] = new Array(segments.length);
  const numbers: NumberClaim[] = [];
  const candidates: NameCandidate[] = [];
  let paragraph: NumberClaim[] = [];
  segments.forEach((s, i) => {
    const tokens = tagText(text.slice(s.span.start, s.span.end), s.span.start);
    if (wantNumbers) {
      if (i > 0 && segments[i - 1]!.paragraph !== s.paragraph) paragraph = [];
      const found = extractNumbers(text, s, tokens, paragraph);
      paragraph.push(...found);
      numbers.push(...found);
    }
    if (wantPeople) candidates.push(...nameCandidates(text, s, tokens));
    if (wantQuotes && (quoted[i] || quoted[i - 1] === true || quoted[i + 1] === true)) kept[i] = tokens;
  });
  return { text, segments, kinds, numbers, candidates, kept };
}

/** The full names a drafted report treats as people on its own (for the other reports of a story). */
export function namedPeople(draft: Draft): string[] {
  return acceptedNames(draft.candidates);
}

/**
 * The claims of a drafted report, in text order. `known`: full names other reports of the
 * story treat as people; a name the report writes bare ("Tiel stops Vask") is a
 * person when another report names them as one.
 */
export function finishClaims(draft: Draft, known: ReadonlySet<string> = new Set()): Claim[] {
  const { text, segments, kinds, candidates, kept } = draft;
  const claims: Claim[] = [...draft.numbers];
  const wantQuotes = kinds.includes('quote');
  const people = kinds.includes('person') || wantQuotes ? resolveNames(candidates, known) : [];
  if (kinds.includes('person')) claims.push(...people);
  if (wantQuotes) claims.push(...extractQuotes(text, segments, kept, people, personGenders(candidates)));
  return claims.sort(byPosition);
}

const QUOTE_MARK = /["“”„«»‹›‘’']/;

function byPosition(a: Claim, b: Claim): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

