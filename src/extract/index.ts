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
import { nameCandidates, resolveNames, type NameCandidate } from './people/index.js';
import { extractQuotes } from './quotes/index.js';

export { scanNumbers, type NumberMention } from './numbers/index.js';
export { titleParts, type TitleParts } from './people/index.js';

/** Finds the claims of one report's text, in text order. */
export function extractClaims(text: string, segments: readonly Segment[], kinds: readonly ClaimKind[] = ['number', 'person', 'quote']): Claim[] {
  const wantNumbers = kinds.includes('number');
  const wantQuotes = kinds.includes('quote');
  const wantPeople = kinds.includes('person') || wantQuotes;
  // Tokens are kept only where quote attribution needs them (a segment with a quote mark
  // and the one after it), so memory grows with the claims, not with the report.
  const quoted = segments.map((s) => QUOTE_MARK.test(text.slice(s.span.start, s.span.end)));
  const kept: (Token[] | undefined)[] = new Array(segments.length);
  const claims: Claim[] = [];
  const candidates: NameCandidate[] = [];
  let paragraph: NumberClaim[] = [];
  segments.forEach((s, i) => {
    const tokens = tagText(text.slice(s.span.start, s.span.end), s.span.start);
    if (wantNumbers) {
      if (i > 0 && segments[i - 1]!.paragraph !== s.paragraph) paragraph = [];
      const found = extractNumbers(text, s, tokens, paragraph);
      paragraph.push(...found);
      claims.push(...found);
    }
    if (wantPeople) candidates.push(...nameCandidates(text, s, tokens));
    if (wantQuotes && (quoted[i] || quoted[i - 1] === true)) kept[i] = tokens;
  });
  const people = wantPeople ? resolveNames(candidates) : [];
  if (kinds.includes('person')) claims.push(...people);
  if (wantQuotes) claims.push(...extractQuotes(text, segments, kept, people));
  return claims.sort(byPosition);
}

const QUOTE_MARK = /["“”„«»‹›‘’']/;

function byPosition(a: Claim, b: Claim): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
}

