/**
 * Quote claims: paragraphs + people → QuoteClaim[].
 *
 * Finds quoted words (marks.ts), then who said them:
 *   - the attribution written around the quote (attribution.ts): after it, before it in
 *     its sentence, a paragraph ending "X said:" before a block quote, a speaker line after;
 *   - what a pronoun or role in it refers to (speakers.ts);
 *   - a quote opening its paragraph right after a sentence of reported speech ("Ruiz said
 *     the plan would work.\n“We are ready.”") is that sentence's speaker's;
 *   - failing those, a quote that follows another with nothing but space and punctuation
 *     between (the next paragraph of the same statement, the second half of a quote split by
 *     its attribution), or in the same paragraph with no one else named between, is the
 *     same speaker's.
 * Quoted words nobody is reported as saying are no quote claim when they are a few words
 * inside the writer's own sentence (scare quotes, slogans, sign texts), or a title or name
 * written in capitals there ("The Long Winter Road", a nickname).
 */
import type { PersonClaim, QuoteClaim, Segment, Span } from '../../types.js';
import type { Token } from '../nlp.js';
import type { Gender } from '../people/index.js';
import { after, attributionEnd, before, introduced, peopleWithin, reportedJustBefore, segmentAt, sentenceFinal, speakerLine, type AttributionContext } from './attribution.js';
import { findQuoteSpans, type QuoteSpan } from './marks.js';
import { SpeakerResolver, type Speaker } from './speakers.js';

export { findQuoteSpans } from './marks.js';

/** A word of the first person: quoted words with one are someone's own. */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|us|[Oo]urs?)\b/;
/** Most words between a quote inside the writer's phrase and the verb of an attribution after it ("“…” plan, Ruiz said"). */
const NEAR_ATTRIBUTION = 4;
/** Most words of quoted text inside the writer's sentence that, said by no one, are scare quotes. */
const SCARE_QUOTE_WORDS = 4;

/** Finds the quotes of a report and their speakers. */
export function extractQuotes(
  text: string,
  segments: readonly Segment[],
  tokens: readonly (readonly Token[] | undefined)[],
  people: readonly PersonClaim[],
  genders: ReadonlyMap<string, Gender> = new Map(),
): QuoteClaim[] {
  const paragraphs = paragraphSpans(segments);
  const spans = findQuoteSpans(text, paragraphs);
  const ctx: AttributionContext = { text, segments, tokens, people: outsideQuotes(people, spans), quotes: spans };
  const resolver = new SpeakerResolver(ctx, genders);
  const claims: QuoteClaim[] = [];
  // The last quote claimed with a speaker (a holder: the loop reassigns it).
  const last: { quote: Previous | null; close: number } = { quote: null, close: -1 };
  for (const q of spans) {
    const s = segmentAt(segments, q.open);
    if (s < 0) continue;
    const segment = segments[s]!;
    // A quote within the last one ("the officers said, 'Don't move.'" inside a quote) is
    // attributed on its own and leaves the chain of continued quotes alone.
    const nested = q.open < last.close;
    const previous = nested ? null : last.quote;
    // A quote that ends its clause ("“…,” she said") is attributed after it first; a few
    // words inside the writer's sentence, by what comes before them first.
    // Words after a quote that does not end its clause go on with the writer's phrase
    // ("Telmar's “reckless” cuts to …"): an attribution there stands close to it.
    const near = endsClause(text, q) ? after(ctx, q) ?? before(ctx, q, s) : before(ctx, q, s) ?? after(ctx, q, NEAR_ATTRIBUTION);
    const closing = segmentAt(segments, q.close);
    const final = near === null ? sentenceFinal(ctx, q, closing) : null;
    const ref = near ?? final;
    let speaker: Speaker | null = ref ? resolver.resolve(ref, q.open) : null;
    // The next paragraph of the same statement comes before an introduction or a speaker
    // line: with nothing between the two quotes, there is none.
    if (speaker === null && previous !== null && continues(ctx, previous, q, segment.paragraph, true)) speaker = continued(previous);
    if (speaker === null) {
      const block = introduced(ctx, q, paragraphs) ?? speakerLine(ctx, q, paragraphs) ?? reportedJustBefore(ctx, q, s);
      speaker = block ? resolver.resolve(block, q.open) : null;
    }
    if (speaker === null && previous !== null && continues(ctx, previous, q, segment.paragraph, false)) speaker = continued(previous);
    // "… only a few tins fell, but “our windows rattled.”" in the paragraph after a quote: words in
    // the first person are someone's, and no one else has been named since.
    if (speaker === null && previous !== null && previous.paragraph === segment.paragraph - 1 && FIRST_PERSON.test(q.words) &&
        peopleWithin(ctx, previous.attributionEnd, q.open).length === 0 && !/\b(?:said|says|told)\b/.test(text.slice(previous.attributionEnd, q.open))) {
      speaker = continued(previous);
    }
    // A quote within a quote that no one inside it is said to say is part of the outer one.
    if ((nested && speaker === null) || !isQuote(text, q, segment, speaker)) continue;
    claims.push({
      kind: 'quote',
      span: { start: q.start, end: q.end },
      sentence: segment.span,
      words: q.words,
      speaker: speaker?.name ?? null,
      speakerKind: speaker?.kind ?? null,
      attribution: speaker?.how ?? null,
    });
    if (nested) continue;
    last.close = q.close;
    // An attribution closing the sentence ("…, said Ana Ruiz, a baker.") ends with it.
    const attributed = final !== null && speaker !== null && speaker.how !== 'continuation' ? segments[closing]!.span.end : attributionEnd(ctx, q);
    last.quote = speaker === null ? null : { speaker, paragraph: segments[closing]?.paragraph ?? segment.paragraph, attributionEnd: attributed };
  }
  return claims;
}

/** Whether a quote closes with the punctuation of a quotation that ends its clause: “…,” “…?” “…!” “…”, */
function endsClause(text: string, q: QuoteSpan): boolean {
  return /[,?!.…]\s*$/.test(text.slice(q.start, q.close)) || /^\s*[,—–-]/.test(text.slice(q.close + 1, q.close + 3));
}

/** The last quote claimed with a speaker: who, in which paragraph it ends, where its attribution ends. */
interface Previous {
  readonly speaker: Speaker;
  readonly paragraph: number;
  readonly attributionEnd: number;
}

/**
 * Whether a quote without an attribution of its own goes on from the previous one: nothing
 * but space and punctuation between them (“…,” she said. “…”), or the same paragraph with
 * no one else named between.
 */
function continues(ctx: AttributionContext, previous: Previous, q: QuoteSpan, paragraph: number, adjacent: boolean): boolean {
  const between = ctx.text.slice(previous.attributionEnd, q.open);
  if (adjacent) return !/[\p{L}\p{N}]/u.test(between);
  return previous.paragraph === paragraph && peopleWithin(ctx, previous.attributionEnd, q.open).length === 0;
}

function continued(previous: Previous): Speaker {
  return { name: previous.speaker.name, kind: previous.speaker.kind, how: 'continuation' };
}

/**
 * Whether quoted words are a quote claim: anything someone is reported as saying; and,
 * said by no one, a passage that is more than a few words of the writer's sentence.
 * A title or a name in capitals inside the sentence is never one.
 */
function isQuote(text: string, q: QuoteSpan, segment: Segment, speaker: Speaker | null): boolean {
  const lead = text.slice(segment.span.start, q.open);
  // Inside the writer's sentence: words before the mark, not an introduction ("said:", "said,").
  const embedded = /[\p{L}\p{N}]/u.test(lead) && !/[:,]\s*$/.test(lead);
  // Most quotes are long sentences, neither a title nor a few words: settle them at once.
  if (q.words.length > 80 && !embedded) return true;
  const words = q.words.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  // A title or a name: "The Long Winter Road"; but "a “Lone Wolf”", said of oneself, is a quote.
  if (embedded && isTitleCase(words) && (speaker === null || words.length > 2 || /^(?:the|a|an)$/i.test(words[0]!))) return false;
  if (speaker !== null) return true;
  // "a driver described as “visibly shaken”": words someone, unnamed, said of them.
  if (DESCRIBED_AS.test(lead)) return true;
  return words.length > 1 && !(embedded && words.length <= SCARE_QUOTE_WORDS);
}

/**
 * A passive verb of speaking right before quoted words: they are someone's, unnamed. Not
 * "called" or "dubbed", which name things ("what is called “cross-selling”", "so-called").
 */
const DESCRIBED_AS = /\b(?:described|branded|labell?ed|characteri[sz]ed)\s+as\s+$/i;

/** "The Long Winter Road", "The Hammer": two or more words, each longer one capitalised, no sentence end. */
function isTitleCase(words: readonly string[]): boolean {
  if (words.length < 2 || /[.!?,;]$/.test(words[words.length - 1]!)) return false;
  return /^\p{Lu}/u.test(words[0]!) && words.every((w) => w.length < 4 || /^[\p{Lu}\p{N}]/u.test(w));
}

/** The people named outside any quote (who a pronoun or role outside quotes can refer to). */
function outsideQuotes(people: readonly PersonClaim[], quotes: readonly QuoteSpan[]): PersonClaim[] {
  const out: PersonClaim[] = [];
  let q = 0;
  for (const p of people) {
    while (q < quotes.length && quotes[q]!.close < p.span.start) q++;
    const inside = quotes.slice(q, q + 3).some((x) => p.span.start > x.open && p.span.start < x.close);
    if (!inside) out.push(p);
  }
  return out;
}

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
