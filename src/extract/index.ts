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
import { extractPeople } from './people/index.js';
import { extractQuotes } from './quotes/index.js';

export { scanNumbers, type NumberMention } from './numbers/index.js';
export { titleParts, type TitleParts } from './people/index.js';

/** Finds the claims of one report's text, in text order. */
export function extractClaims(text: string, segments: readonly Segment[], kinds: readonly ClaimKind[] = ['number', 'person', 'quote']): Claim[] {
  const tokens: Token[][] = segments.map((s) => tagText(text.slice(s.span.start, s.span.end), s.span.start));
  const claims: Claim[] = [];
  if (kinds.includes('number')) {
    let paragraph: NumberClaim[] = [];
    segments.forEach((s, i) => {
      if (i > 0 && segments[i - 1]!.paragraph !== s.paragraph) paragraph = [];
      const found = extractNumbers(text, s, tokens[i]!, paragraph);
      paragraph.push(...found);
      claims.push(...found);
    });
  }
  const needPeople = kinds.includes('person') || kinds.includes('quote');
  const people = needPeople ? extractPeople(text, segments, tokens) : [];
  if (kinds.includes('person')) claims.push(...people);
  if (kinds.includes('quote')) claims.push(...extractQuotes(text, segments, tokens, people));
  return claims.sort(byPosition);
}

function byPosition(a: Claim, b: Claim): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.kind.localeCompare(b.kind);
}

export type { NumberClaim };
