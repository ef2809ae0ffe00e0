/**
 * Sentence splitting inside one paragraph. A sentence ends at . ! ? or … followed by
 * optional closing quotes or brackets, whitespace, and a capital, digit or opening
 * quote; abbreviations ("U.S.", "Mr.", "a.m.") and initials ("J. Smith") do not end one.
 */
import type { Span } from '../types.js';

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
    'rep', 'sen', 'gov', 'pres', 'rev', 'hon', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'no',
    'vs', 'etc', 'approx', 'est', 'dept', 'univ', 'fig', 'vol', 'mt', 'ft',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'u.s', 'u.k', 'u.n', 'e.u', 'a.m', 'p.m', 'i.e', 'e.g', 'd.c',
  ],
);

const BOUNDARY = /[.!?…]+["”’'»)\]]*(?=\s+["“‘'«(\[]?[\p{Lu}\d])/gu;

/** Splits `text[start, end)` into trimmed sentence spans. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const body = text.slice(start, end);
  const spans: Span[] = [];
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(body); m !== null; m = BOUNDARY.exec(body)) {
    const stop = m.index + m[0].length;
    if (m[0].startsWith('.') && isAbbreviation(body, m.index)) continue;
    pushTrimmed(body, start, from, stop, spans);
    from = stop;
  }
  pushTrimmed(body, start, from, body.length, spans);
  return spans;
}

function isAbbreviation(body: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(body.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital is an initial ("J. Smith"); dotted letters are an acronym ("U.S.").
  return /^\p{Lu}$/u.test(before[1]!) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

function pushTrimmed(body: string, base: number, from: number, to: number, out: Span[]): void {
  const piece = body.slice(from, to);
  const lead = piece.length - piece.trimStart().length;
  const trimmedLength = piece.trim().length;
  if (trimmedLength === 0) return;
  out.push({ start: base + from + lead, end: base + from + lead + trimmedLength });
}
