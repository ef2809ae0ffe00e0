/**
 * Quote claims: paragraphs + people → QuoteClaim[].
 *
 * Finds quoted words between double marks (“ ” " „ « ») and, where unambiguous, single
 * marks (‘ ’ '), including quotes continued over paragraphs (a new paragraph opening
 * with a quote mark continues an unclosed quote) and partial quotes inside a sentence.
 * Then finds who said them:
 *   - after the quote: `, X said` / `, said X` / `, he said` (pronoun → last person named);
 *   - before it, in the same sentence: a speech verb and the person before it, or the
 *     sentence's subject when the verb is a participle after a comma ("…, calling it");
 *   - `according to X`;
 *   - a speaker line right after a block quote ("Anna Kovacs, U.S. Secretary of State").
 *   - the second half of a quote split by its attribution inherits that attribution.
 * When none applies, the speaker stays null.
 */
import type { PersonClaim, QuoteClaim, Segment, Span } from '../../types.js';
import { lowerBound, type Token } from '../nlp.js';
import { SPEECH_VERBS } from '../people/lexicon.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';

export { findQuoteSpans } from './marks.js';

const PRONOUNS = /^(?:he|she|they)$/i;

interface Context {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Tagged words of the segments that can hold a quote or its attribution (others: undefined). */
  readonly tokens: readonly (readonly Token[] | undefined)[];
  readonly people: readonly PersonClaim[];
}

interface Speaker {
  readonly name: string;
  readonly how: string;
}

/** Finds the quotes of a report and their speakers. */
export function extractQuotes(
  text: string,
  segments: readonly Segment[],
  tokens: readonly (readonly Token[] | undefined)[],
  people: readonly PersonClaim[],
): QuoteClaim[] {
  const ctx: Context = { text, segments, tokens, people };
  const paragraphs = paragraphSpans(segments);
  const spans = findQuoteSpans(text, paragraphs);
  const claims: QuoteClaim[] = [];
  let previous: { claim: QuoteClaim; paragraph: number; attributionEnd: number } | null = null;
  for (const q of spans) {
    const s = segmentAt(segments, q.open);
    if (s < 0) continue;
    const segment = segments[s]!;
    let speaker = after(ctx, q) ?? before(ctx, q, s) ?? speakerLine(ctx, q, paragraphs) ?? introduced(ctx, q, paragraphs);
    if (
      speaker === null &&
      previous?.claim.speaker &&
      previous.paragraph === segment.paragraph &&
      peopleWithin(ctx, previous.attributionEnd, q.open).length === 0
    ) {
      speaker = { name: previous.claim.speaker, how: 'continuation' };
    }
    const claim: QuoteClaim = {
      kind: 'quote',
      span: { start: q.start, end: q.end },
      sentence: segment.span,
      words: q.words,
      speaker: speaker?.name ?? null,
      attribution: speaker?.how ?? null,
    };
    claims.push(claim);
    previous = { claim, paragraph: segments[segmentAt(segments, q.close)]?.paragraph ?? segment.paragraph, attributionEnd: attributionEnd(ctx, q) };
  }
  return claims;
}

/** Words of segment `s` lying within `[from, to)`, at most `limit` of them nearest `to` or `from`. */
function tokensWithin(ctx: Context, s: number, from: number, to: number, limit: number, nearEnd: boolean): Token[] {
  const toks = ctx.tokens[s] ?? [];
  const a = lowerBound(toks, from, (t) => t.start);
  let b = lowerBound(toks, to, (t) => t.start);
  while (b > a && toks[b - 1]!.end > to) b--;
  return nearEnd ? toks.slice(Math.max(a, b - limit), b) : toks.slice(a, Math.min(b, a + limit));
}

/** People named within `[from, to)`, in text order. */
function peopleWithin(ctx: Context, from: number, to: number): PersonClaim[] {
  const out: PersonClaim[] = [];
  for (let i = lowerBound(ctx.people, from, (p) => p.span.start); i < ctx.people.length && ctx.people[i]!.span.start < to; i++) {
    if (ctx.people[i]!.span.end <= to) out.push(ctx.people[i]!);
  }
  return out;
}

/** Words looked at around a quote for its attribution. */
const WINDOW = 40;

function paragraphSpans(segments: readonly Segment[]): Span[] {
  const out: Span[] = [];
  let current = -1;
  for (const s of segments) {
    if (s.paragraph !== current) {
      out.push({ start: s.span.start, end: s.span.end });
      current = s.paragraph;
    } else {
      const last = out[out.length - 1]!;
      out[out.length - 1] = { start: last.start, end: s.span.end };
    }
  }
  return out;
}

function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!.span;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Tokens after the closing mark up to the end of the sentence (or the next quote). */
function tokensAfter(ctx: Context, q: QuoteSpan): Token[] {
  const s = segmentAt(ctx.segments, q.close);
  const out: Token[] = [];
  for (let i = s; i >= 0 && i < ctx.segments.length && i <= s + 1; i++) {
    for (const t of tokensWithin(ctx, i, q.close + 1, ctx.segments[i]!.span.end, WINDOW, false)) {
      if (/[“”"„«»]/.test(t.pre) && out.length > 0) return out;
      out.push(t);
      if (/[.!?;]/.test(t.post) || /[“"„«]/.test(t.post)) return out;
    }
    // The attribution may sit in the next segment when the quote ended its sentence: “…!” he said.
    if (i === s && out.length > 0) return out;
    if (i === s && !/^[\s]*[\p{Ll},]/u.test(ctx.text.slice(q.close + 1, q.close + 4))) return out;
  }
  return out;
}

/** `“…,” X said` / `“…,” said X` / `“…,” he said`. */
function after(ctx: Context, q: QuoteSpan): Speaker | null {
  // "… “partial quote”. He added": the sentence ended with the quote, nothing follows it.
  if (/^\s*[.!?;:]/.test(ctx.text.slice(q.close + 1, q.close + 4))) return null;
  const toks = tokensAfter(ctx, q).slice(0, 10);
  const verb = toks.findIndex((t) => isSpeechVerb(t));
  if (verb < 0) return null;
  const beforeVerb = toks.slice(0, verb);
  if (beforeVerb.length > 0 && PRONOUNS.test(beforeVerb[0]!.text) && beforeVerb.length === 1) {
    return resolvePronoun(ctx, q.open, 'pronoun');
  }
  const person = personIn(ctx, toks[0]!.start, toks[verb]!.start) ?? personIn(ctx, toks[verb]!.end, toks[toks.length - 1]!.end);
  if (person) return { name: person.name, how: 'said-after' };
  return null;
}

/** The speech verb before the quote in its sentence, and who uses it. */
function before(ctx: Context, q: QuoteSpan, s: number): Speaker | null {
  const segment = ctx.segments[s]!;
  const toks = tokensWithin(ctx, s, segment.span.start, q.open, WINDOW, true);
  const according = toks.findIndex((t, i) => t.text.toLowerCase() === 'according' && toks[i + 1]?.text.toLowerCase() === 'to');
  if (according >= 0) {
    const person = personIn(ctx, toks[according]!.end, q.open);
    if (person) return { name: person.name, how: 'according-to' };
  }
  const afterQuote = tokensWithin(ctx, s, q.close + 1, segment.span.end, WINDOW, false);
  const accordingAfter = afterQuote.findIndex((t, i) => t.text.toLowerCase() === 'according' && afterQuote[i + 1]?.text.toLowerCase() === 'to');
  if (accordingAfter >= 0) {
    const person = personIn(ctx, afterQuote[accordingAfter]!.end, segment.span.end);
    if (person) return { name: person.name, how: 'according-to' };
  }
  // "Transport minister Olek Danowski: “…”" — a name and a colon introduce the quote.
  const last = toks[toks.length - 1];
  if (last && /:\s*$/.test(ctx.text.slice(last.end, q.open))) {
    const person = peopleWithin(ctx, last.end - 80, last.end + 1).find((p) => p.span.end <= last.end && p.span.end >= last.end - 3);
    if (person) return { name: person.name, how: 'colon' };
  }
  for (let v = toks.length - 1; v >= 0; v--) {
    const verb = toks[v]!;
    if (!isSpeechVerb(verb)) continue;
    const participle = /ing$/.test(verb.text) && /,/.test(toks[v - 1]?.post ?? '');
    const people = peopleWithin(ctx, Math.max(segment.span.start, (toks[0]?.start ?? verb.start)), verb.start);
    if (participle && people.length > 0) return { name: people[0]!.name, how: 'subject' };
    const nearest = people[people.length - 1];
    if (nearest) return { name: nearest.name, how: 'said-before' };
    const first = toks[0];
    if (first && PRONOUNS.test(first.text)) return resolvePronoun(ctx, segment.span.start, 'pronoun');
    return null;
  }
  return null;
}

/** A block quote followed by a short line that starts with a name. */
function speakerLine(ctx: Context, q: QuoteSpan, paragraphs: readonly Span[]): Speaker | null {
  const p = paragraphs.findIndex((span) => q.close >= span.start && q.close < span.end);
  const here = paragraphs[p];
  const next = paragraphs[p + 1];
  if (!here || !next) return null;
  const rest = ctx.text.slice(q.close + 1, here.end).trim();
  const lead = ctx.text.slice(here.start, q.open).trim();
  if (rest.length > 2 || lead.length > 0 || next.end - next.start > 160) return null;
  const person = peopleWithin(ctx, next.start, next.start + 3)[0] ?? peopleWithin(ctx, next.start, next.end).find((x) => x.span.start <= next.start + 2);
  return person ? { name: person.name, how: 'speaker-line' } : null;
}

/**
 * A quote introduced by a colon: "Adeyemi: “…”", or a block quote after a paragraph that
 * ends "Union secretary Ivo Marek said:". The speaker is the name before the colon (a
 * surname of someone named earlier counts) or the last person named in the introduction.
 */
function introduced(ctx: Context, q: QuoteSpan, paragraphs: readonly Span[]): Speaker | null {
  const p = paragraphs.findIndex((span) => q.open >= span.start && q.open < span.end);
  const here = paragraphs[p];
  if (!here) return null;
  const lead = ctx.text.slice(here.start, q.open).replace(/^[\s>]+/, '');
  const intro = lead.trim() === '' && paragraphs[p - 1] ? paragraphs[p - 1]! : { start: q.open - lead.length, end: q.open };
  const text = ctx.text.slice(intro.start, intro.end).trimEnd();
  if (!text.endsWith(':')) return null;
  const word = /(\p{Lu}[\p{L}'’-]+)\s*:$/u.exec(text)?.[1];
  const bySurname = word ? ctx.people.find((x) => x.span.start < q.open && (x.name === word || x.name.endsWith(` ${word}`))) : undefined;
  const person = bySurname ?? peopleWithin(ctx, intro.start, intro.end).at(-1);
  return person ? { name: person.name, how: 'colon' } : null;
}

function personIn(ctx: Context, from: number, to: number): PersonClaim | null {
  return peopleWithin(ctx, from, to)[0] ?? null;
}

/** "he said": the last person named before `offset`. */
function resolvePronoun(ctx: Context, offset: number, how: string): Speaker | null {
  let i = lowerBound(ctx.people, offset, (p) => p.span.start) - 1;
  while (i >= 0 && ctx.people[i]!.span.end > offset) i--;
  const found = i >= 0 ? ctx.people[i]! : null;
  return found ? { name: found.name, how } : null;
}

function attributionEnd(ctx: Context, q: QuoteSpan): number {
  const toks = tokensAfter(ctx, q);
  return toks.length > 0 ? toks[toks.length - 1]!.end : q.close + 1;
}

function isSpeechVerb(t: Token): boolean {
  return (t.tags.has('Verb') || t.tags.has('Gerund')) && SPEECH_VERBS.has(t.lemma);
}
