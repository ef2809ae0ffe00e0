/**
 * Where a quote's attribution is written, and what it names: a person mention, a pronoun,
 * or a noun phrase ("the sheriff", "a police spokeswoman", "Harwick Water"). What a pronoun or a
 * role refers to is settled in speakers.ts.
 *
 * The forms read, as news copy writes them:
 *   - after the quote, in its sentence: `“…,” X said`, `“…,” said X, the title`,
 *     `“…,” X, the title, told Reuters`, `“…,” he added`, `“…,” according to X`;
 *   - before it: `X said: “…”`, `X said the plan was “…”`, `X called it “…”`, a participle
 *     after a comma (`…, saying “…”`) taking the clause's subject, `according to X, “…”`,
 *     `X: “…”`;
 *   - a paragraph that ends `X said:` introducing a block quote, or a speaker line after it.
 * The speaker of a verb is its subject: the person (or pronoun, or noun phrase) right before
 * it, past an appositive between commas ("Ana Ruiz, 43, a nurse who saw it, said"); or, when
 * nothing stands before it, the one right after it ("said Ana Ruiz").
 */
import type { PersonClaim, Segment, Span } from '../../types.js';
import { gapAfter, lowerBound, punctuatedAfter, wordGap, type Token } from '../nlp.js';
import { ROLES } from '../../titles/lexicon.js';
import { SPEECH_VERBS } from '../people/lexicon.js';
import type { QuoteSpan } from './marks.js';

/** What an attribution names, before pronouns and roles are resolved. */
export type SpeakerRef =
  | { readonly type: 'person'; readonly claim: PersonClaim; readonly how: string; readonly with?: PersonClaim }
  | { readonly type: 'pronoun'; readonly word: string; readonly at: number; readonly how: string }
  | { readonly type: 'phrase'; readonly tokens: readonly Token[]; readonly how: string };

/** What attribution reads: the report's segments, their tokens where kept, its people and quotes. */
export interface AttributionContext {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** Tagged words of the segments around quotes (others: undefined). */
  readonly tokens: readonly (readonly Token[] | undefined)[];
  /** People named outside quotes, in text order. */
  readonly people: readonly PersonClaim[];
  /** Every quoted passage, in text order. */
  readonly quotes: readonly QuoteSpan[];
}

/** Words looked at around a quote for its attribution. */
const WINDOW = 40;
/** Most words between a quote and the verb of its attribution (the subject and an appositive). */
const SUBJECT_REACH = 30;
/**
 * Verbs that file something as what the quoted words say, without being verbs of speaking:
 * "Police are treating the fire as “possibly deliberate”" gives the words to the police.
 */
const CHARACTERISING = new Set(['treat', 'regard', 'view', 'classify', 'deem', 'consider', 'list', 'class']);
/** Verbs whose subject may follow them: "said Ana Ruiz", never "told Ana Ruiz" (the listener). */
const INVERTIBLE = new Set(['say', 'add', 'write', 'explain', 'recall', 'continue', 'ask', 'insist', 'reply', 'respond', 'answer', 'retort',
  'comment', 'admit', 'confirm', 'acknowledge', 'predict', 'suggest', 'stress', 'emphasise', 'emphasize', 'agree', 'complain', 'boast', 'note', 'declare', 'announce', 'conclude', 'concede', 'quip', 'joke', 'shout', 'scream', 'cry', 'warn', 'argue', 'counter', 'state', 'exclaim', 'observe', 'remark', 'tweet', 'post']);
const SUBJECT_PRONOUNS = /^(?:he|she|they|it|we|i)$/i;
/** Words that open a clause of their own after a quote: an attribution never follows them. */
const CLAUSE_OPENERS = new Set(['while', 'but', 'and', 'or', 'because', 'although', 'though', 'whereas', 'since', 'when', 'if', 'which', 'that', 'where', 'whether', 'so', 'unless', 'until']);
/** Words between a subject and its verb that leave the two together ("Ruiz also said", "was quoted as saying"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['also', 'later', 'then', 'again', 'has', 'had', 'have', 'will', 'would', 'was', 'is', 'were', 'are', 'been', 'be', 'quoted', 'as', 'once', 'previously', 'earlier', 'recently', 'repeatedly', 'often', 'never', 'not', 'on', 'last', 'this', 'reportedly', 'publicly', 'privately', 'separately', 'simply', 'just', 'still', 'only', 'further', 'herself', 'himself', 'themselves']);

/** The attribution after the quote: `“…,” X said`, `“…,” said X`, `“…,” according to X`. */
export function after(ctx: AttributionContext, q: QuoteSpan, reach = SUBJECT_REACH): SpeakerRef | null {
  // "… “partial quote”. He added": the sentence ended with the quote, nothing follows it.
  if (/^\s*[.!?;:]/.test(ctx.text.slice(q.close + 1, q.close + 4))) return null;
  // A quote within a quote is attributed inside the outer one, not by what follows it.
  const outer = enclosing(ctx, q);
  const toks = tokensAfter(ctx, q).filter((t) => outer === undefined || t.end <= outer.close);
  const according = toks.findIndex((t, i) => i <= 2 && isAccordingTo(toks, i));
  if (according >= 0) return subjectAfter(ctx, toks, according + 1, 'according-to');
  const verb = attributionVerb(toks);
  // Beyond `reach`, only a verb of its own clause: "…, with an official calling for …" goes on
  // with the writer's sentence.
  if (verb < 0 || (verb > reach && /ing$/.test(toks[verb]!.text))) return null;
  // "“…,” said Ana Ruiz"; not "“…”, adding that …", a participle going on with the sentence.
  if (verb === 0) return INVERTIBLE.has(toks[0]!.lemma) && !/ing$/.test(toks[0]!.text) ? subjectAfter(ctx, toks, 0, 'said-after') : null;
  const ref = subjectBefore(ctx, toks, verb, q.close + 1, 'said-after');
  if (ref) return ref;
  return null;
}

/** The attribution before the quote, in its sentence. */
export function before(ctx: AttributionContext, q: QuoteSpan, s: number): SpeakerRef | null {
  const segment = ctx.segments[s]!;
  const from = Math.max(segment.span.start, previousQuoteEnd(ctx, q, segment.span.start));
  const toks = tokensWithin(ctx, s, from, q.open, WINDOW, true);
  const according = toks.findIndex((_, i) => isAccordingTo(toks, i));
  if (according >= 0) {
    const ref = subjectAfter(ctx, toks, according + 1, 'according-to');
    if (ref) return ref;
  }
  // "According to X" later in the sentence, after the quote.
  const afterQuote = tokensWithin(ctx, s, q.close + 1, segment.span.end, WINDOW, false);
  const accordingAfter = afterQuote.findIndex((_, i) => isAccordingTo(afterQuote, i));
  if (accordingAfter >= 0) {
    const ref = subjectAfter(ctx, afterQuote, accordingAfter + 1, 'according-to');
    if (ref) return ref;
  }
  // "Transport minister Olek Danowski: “…”" — a name and a colon introduce the quote.
  const last = toks[toks.length - 1];
  if (last && /^\s*:\s*$/.test(ctx.text.slice(last.end, q.open))) {
    const person = peopleWithin(ctx, last.end - 80, last.end + 1).find((p) => p.span.end <= last.end && p.span.end >= last.end - 3);
    // Not the listener of a verb before it: "Ruiz told the BBC's Lena Hart: “…”" is Ruiz's.
    const listener = person !== undefined && toks.some((t, i) => t.end <= person.span.start && speechVerbAt(toks, i) && !insideQuote(ctx, t.start, q));
    if (person && !listener) return { type: 'person', claim: person, how: 'colon' };
  }
  // "… treated by police as “possibly deliberate”": a verb that files something "as" the
  // quoted words gives them to whoever does the filing.
  const asQuoted = last !== undefined && last.text.toLowerCase() === 'as' && /^\s*$/.test(ctx.text.slice(last.end, q.open));
  for (let v = toks.length - 1; v >= 0; v--) {
    const verb = toks[v]!;
    const characterising = asQuoted && CHARACTERISING.has(verb.lemma) && verb.tags.has('Verb');
    if (!(speechVerbAt(toks, v) || characterising) || insideQuote(ctx, verb.start, q)) continue;
    // "was described by the mayor as", "is being treated by police as": the agent after "by".
    const by = toks.findIndex((t, i) => i > v && t.text.toLowerCase() === 'by' && !breaks(toks, i - 1));
    if (by > v && toks.slice(v + 1, by).length <= 1 && /^(?:is|was|are|were|be|been|being)$/i.test(toks[v - 1]?.text ?? '')) {
      const agent = subjectAfter(ctx, toks, by, 'said-before');
      if (agent) return agent;
      // "by police as": the words between "by" and "as", however the tagger read them.
      const words = toks.slice(by + 1, asQuoted ? toks.length - 1 : by + 1);
      if (words.length > 0 && words.length <= MAX_PHRASE) return { type: 'phrase', tokens: words, how: 'said-before' };
    }
    const gerund = /ing$/.test(verb.text);
    // "It quoted the ministry as saying “…”": the one quoted is the speaker.
    if (gerund && toks[v - 1]?.text.toLowerCase() === 'as') {
      const quoted = toks.slice(Math.max(0, v - 14), v - 1).findLastIndex((t) => t.lemma === 'quote' && t.tags.has('Verb'));
      if (quoted >= 0) {
        const ref = subjectAfter(ctx, toks, Math.max(0, v - 14) + quoted, 'said-before');
        if (ref) return ref;
      }
    }
    // "…, he said, adding “…”": the participle's subject is the speech verb's before it.
    if (gerund && /,\s*$/.test(gapAfter(toks, v - 1)) && v > 1 && speechVerbAt(toks, v - 1) && !/ing$/.test(toks[v - 1]!.text)) {
      const ref = subjectBefore(ctx, toks, v - 1, from, 'said-before');
      if (ref) return ref;
    }
    // "Calling the plan “…”, Ruiz showed …": a participle opening the sentence takes the
    // subject of the clause after it.
    if (gerund && verb.start === segment.span.start) return mainSubjectAfter(ctx, q, s);
    // "…, saying", "by saying", "except to say": the verb's subject is its clause's.
    const participle = gerund && (/,\s*$/.test(ctx.text.slice(Math.max(0, verb.start - 4), verb.start)) || Boolean(toks[v - 1]?.tags.has('Preposition')));
    if (participle || toks[v - 1]?.text.toLowerCase() === 'to') return clauseSubject(ctx, toks, v, segment.span.start);
    // "Ana Ruiz froze the tax and promised “…”": a verb after "and" shares the clause's subject.
    if (/^(?:and|but)$/i.test(toks[v - 1]?.text ?? '') && !breaks(toks, v - 2) && isFiniteVerb(verb)) {
      const shared = clauseSubject(ctx, toks, v, segment.span.start);
      if (shared) return shared;
    }
    const ref = subjectBefore(ctx, toks, v, from, 'said-before');
    if (ref) return ref;
    // "Said Ana Ruiz: “…”", "It is, said Ana Ruiz, the …": nothing before the verb in its
    // clause, its subject after it.
    const opensClause = v === 0 || /,\s*$/.test(gapAfter(toks, v - 1));
    return opensClause && INVERTIBLE.has(verb.lemma) && !gerund ? subjectAfter(ctx, toks, v, 'said-before') : null;
  }
  return null;
}

/** The subject of a sentence's main clause after a quote in its opening participle: the first person named after the quote. */
function mainSubjectAfter(ctx: AttributionContext, q: QuoteSpan, s: number): SpeakerRef | null {
  const toks = tokensWithin(ctx, s, q.close + 1, ctx.segments[s]!.span.end, WINDOW, false);
  const person = peopleWithin(ctx, q.close + 1, ctx.segments[s]!.span.end).find((p) => !isPossessive(ctx.text, p));
  if (person) return { type: 'person', claim: person, how: 'subject' };
  const first = toks.findIndex((t) => /,/.test(t.pre) || /^\s*,/.test(ctx.text.slice(q.close + 1, t.start)));
  const t = toks[first];
  return t && SUBJECT_PRONOUNS.test(t.text) ? { type: 'pronoun', word: t.text.toLowerCase(), at: t.start, how: 'subject' } : null;
}

/**
 * The attribution a sentence ends with, for every quote in it: "… a “career criminal” and was
 * hoping to arrest him, officials said." A comma, a short subject and the speech verb (or the
 * verb and its subject: ", said Ana Ruiz") close the sentence.
 */
export function sentenceFinal(ctx: AttributionContext, q: QuoteSpan, s: number): SpeakerRef | null {
  const segment = ctx.segments[s];
  if (segment === undefined) return null;
  const toks = tokensWithin(ctx, s, q.close + 1, segment.span.end, 200, false);
  for (let v = toks.length - 1; v >= Math.max(0, toks.length - 8); v--) {
    if (!speechVerbAt(toks, v) || /ing$/.test(toks[v]!.text)) continue;
    const comma = toks.slice(0, v).findLastIndex((t) => /,/.test(t.post));
    if (comma < 0 || v - comma > 6 || toks.slice(comma + 1, v).some((t) => t.tags.has('Verb'))) return null;
    if (comma === v - 1) return INVERTIBLE.has(toks[v]!.lemma) ? subjectAfter(ctx, toks, v, 'said-after') : null;
    return subjectBefore(ctx, toks, v, toks[comma + 1]!.start, 'said-after');
  }
  // "…, said Ana Ruiz, 43, a nurse at the clinic on Main Street.": the verb and its subject
  // close the sentence however long the appositive after the name.
  const inverted = toks.findLastIndex((t, i) => i > 0 && INVERTIBLE.has(t.lemma) && !/ing$/.test(t.text) && speechVerbAt(toks, i) && /,\s*$/.test(gapAfter(toks, i - 1)));
  if (inverted > 0 && !toks.slice(inverted + 1).some((t) => isFiniteVerb(t))) return subjectAfter(ctx, toks, inverted, 'said-after');
  return null;
}

/** A block quote followed by a short line that starts with a name. */
export function speakerLine(ctx: AttributionContext, q: QuoteSpan, paragraphs: readonly Span[]): SpeakerRef | null {
  const p = paragraphAt(paragraphs, q.close);
  const here = paragraphs[p];
  const next = paragraphs[p + 1];
  if (!here || !next) return null;
  const rest = ctx.text.slice(q.close + 1, here.end).trim();
  const lead = ctx.text.slice(here.start, q.open).trim();
  // The line names, it does not tell: "Anna Kovacs, U.S. Secretary of State", no sentence.
  const line = ctx.text.slice(next.start, next.end).trim();
  if (rest.length > 2 || lead.length > 0 || line.length > 160 || /[.!?:]$/.test(line)) return null;
  const person = peopleWithin(ctx, next.start, next.start + 3)[0] ?? peopleWithin(ctx, next.start, next.end).find((x) => x.span.start <= next.start + 2);
  return person ? { type: 'person', claim: person, how: 'speaker-line' } : null;
}

/**
 * A quote introduced by a colon: "Adeyemi: “…”", or a block quote after a paragraph that
 * ends "Union secretary Ivo Marek said:". The speaker is the subject of the speech verb
 * before the colon, or the name right before it (a surname of someone named earlier counts).
 */
export function introduced(ctx: AttributionContext, q: QuoteSpan, paragraphs: readonly Span[]): SpeakerRef | null {
  const p = paragraphAt(paragraphs, q.open);
  const here = paragraphs[p];
  if (!here) return null;
  const lead = ctx.text.slice(here.start, q.open).replace(/^[\s>]+/, '');
  const intro = lead.trim() === '' && paragraphs[p - 1] ? paragraphs[p - 1]! : { start: q.open - lead.length, end: q.open };
  const text = ctx.text.slice(intro.start, intro.end).trimEnd();
  if (!text.endsWith(':')) return null;
  const colon = intro.start + text.length - 1;
  const s = segmentAt(ctx.segments, colon);
  if (s >= 0 && ctx.tokens[s]) {
    const segment = ctx.segments[s]!;
    const toks = tokensWithin(ctx, s, Math.max(segment.span.start, intro.start), colon + 1, WINDOW, true);
    for (let v = toks.length - 1; v >= 0; v--) {
      if (!speechVerbAt(toks, v) || insideQuote(ctx, toks[v]!.start)) continue;
      if (/ing$/.test(toks[v]!.text) && /,/.test(toks[v - 1]?.post ?? '')) return clauseSubject(ctx, toks, v, segment.span.start, 'colon');
      const ref = subjectBefore(ctx, toks, v, segment.span.start, 'colon');
      if (ref) return ref;
      break;
    }
  }
  const word = /(\p{Lu}[\p{L}'’-]+)\s*:$/u.exec(text)?.[1];
  const bySurname = word ? ctx.people.find((x) => x.span.start < q.open && (x.name === word || x.name.endsWith(` ${word}`))) : undefined;
  const person = bySurname ?? peopleWithin(ctx, intro.start, intro.end).at(-1);
  return person ? { type: 'person', claim: person, how: 'colon' } : null;
}

/**
 * A quote opening a paragraph right after a sentence of reported speech: "Ruiz also said
 * Kovacs is tenacious.\n“If she's in a fight, don't bet against her.”" The quote is the
 * speech that sentence reports: its speaker is the subject of the sentence's last speech verb.
 */
export function reportedJustBefore(ctx: AttributionContext, q: QuoteSpan, s: number): SpeakerRef | null {
  const segment = ctx.segments[s]!;
  const previous = ctx.segments[s - 1];
  if (!previous || /\S/.test(ctx.text.slice(segment.span.start, q.open)) || /\S/.test(ctx.text.slice(previous.span.end, segment.span.start))) return null;
  const toks = ctx.tokens[s - 1];
  if (!toks || ctx.quotes.some((x) => x.open >= previous.span.start && x.open < previous.span.end)) return null;
  // "…, he said, demanding an inquiry.": the finite verb's subject, before a participle's.
  for (const finite of [true, false]) {
    for (let v = toks.length - 1; v >= 0; v--) {
      const verb = toks[v]!;
      if (!speechVerbAt(toks, v) || /ing$/.test(verb.text) === finite) continue;
      if (!finite) return clauseSubject(ctx, toks, v, previous.span.start, 'reported-before');
      return subjectBefore(ctx, toks, v, previous.span.start, 'reported-before');
    }
  }
  return null;
}

/** Who the speech verb of segment `s` has as its subject, outside quotes ("A spokeswoman said two were missing."). */
export function reportingSubject(ctx: AttributionContext, s: number): SpeakerRef | null {
  const segment = ctx.segments[s];
  const toks = ctx.tokens[s];
  if (!segment || !toks) return null;
  for (let v = toks.length - 1; v >= 0; v--) {
    if (!speechVerbAt(toks, v) || insideQuote(ctx, toks[v]!.start) || /ing$/.test(toks[v]!.text)) continue;
    return subjectBefore(ctx, toks, v, segment.span.start, 'reported-before');
  }
  return null;
}

/** Where the attribution after a quote ends: its last word, or the closing mark. */
export function attributionEnd(ctx: AttributionContext, q: QuoteSpan): number {
  const toks = tokensAfter(ctx, q);
  const verb = attributionVerb(toks);
  if (verb < 0 && !toks.some((_, i) => i <= 2 && isAccordingTo(toks, i))) return q.close + 1;
  return toks.length > 0 ? toks[toks.length - 1]!.end : q.close + 1;
}

/**
 * The speech verb of an attribution after a quote: the first one among its first words
 * with nothing before it but its subject, which may carry an appositive between commas
 * (verbs inside it, as in "who declined to give her surname", are the appositive's).
 */
function attributionVerb(toks: readonly Token[]): number {
  let commas = 0;
  const reach = Math.min(toks.length, SUBJECT_REACH);
  for (let i = 0; i < reach; i++) {
    const t = toks[i]!;
    if (speechVerbAt(toks, i)) return i;
    if (endsSentence(toks, i) || /[“"„«]/.test(t.post)) return -1;
    if (commas % 2 === 0 && isFiniteVerb(t) && !BETWEEN_SUBJECT_AND_VERB.has(t.text.toLowerCase())) return -1;
    // "…” in talks, while the ministry claimed …": a clause of its own, not the attribution;
    // but "Ana Ruiz and Ivo Marek said" is one subject.
    if (commas % 2 === 0 && CLAUSE_OPENERS.has(t.text.toLowerCase()) && !joinsNames(toks, i)) return -1;
    // "Tomas Brandt, 43, a baker who …": an age between commas opens no appositive of its own.
    if (/,/.test(t.post) && !(t.tags.has('Value') && /,/.test(toks[i - 1]?.post ?? ''))) commas++;
  }
  return -1;
}

/** "Ruiz and Marek": an "and" at `i` between two capitalised words, with nothing else between. */
function joinsNames(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return toks[i]!.text.toLowerCase() === 'and' && prev !== undefined && next !== undefined && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(next.text) &&
    !breaks(toks, i - 1) && !breaks(toks, i);
}

/** "Ruiz's demands", "the call": a speech verb's word after a possessive or an article is a noun. */
function isNounAfter(toks: readonly Token[], v: number): boolean {
  const prev = toks[v - 1];
  return prev !== undefined && !breaks(toks, v - 1) && (/['’]s?$/.test(prev.text) || prev.tags.has('Possessive') || /^(?:the|a|an|his|her|its|their|our|my|your)$/i.test(prev.text));
}

/** "according" "to" at `i`. */
function isAccordingTo(toks: readonly Token[], i: number): boolean {
  return toks[i]?.text.toLowerCase() === 'according' && toks[i + 1]?.text.toLowerCase() === 'to';
}

/**
 * The subject of the verb `toks[v]`, looking back from it to `from`: a person named right
 * before it or before an appositive between commas, a pronoun, or the noun phrase there.
 */
function subjectBefore(ctx: AttributionContext, toks: readonly Token[], v: number, from: number, how: string): SpeakerRef | null {
  let k = v - 1;
  while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.has(toks[k]!.text.toLowerCase()) && !breaks(toks, k)) k--;
  if (k < 0) return null;
  // "Kovacs, who described herself as …": the relative pronoun stands for the name before it.
  let singleComma = false;
  if (/^(?:who|whom)$/i.test(toks[k]!.text) && k > 0) {
    singleComma = true;
    k--;
  }
  const end = singleComma ? toks[k + 1]!.start : toks[k + 1]?.start ?? toks[v]!.start;
  const people = peopleWithin(ctx, from, end).filter((p) => !isPossessive(ctx.text, p));
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    // "a spokesman for Ron Lowe said": the name a link word ties to a role is not the subject.
    if (afterLink(ctx, p, from)) break;
    const gap = ctx.text.slice(p.span.end, end);
    // "organisers Ana Ruiz and Ivo Marek said": two people speak as one.
    const other = people[i - 1];
    if (gap.trim() === '' && other !== undefined && /^\s+and\s+$/.test(ctx.text.slice(other.titleSpan !== null && other.titleSpan.start > other.span.end ? other.titleSpan.end : other.span.end, p.titleSpan?.start ?? p.span.start))) {
      return { type: 'person', claim: p, how, with: other };
    }
    // "the mayor of Haldor, Nils Ekberg, said": a name set off by commas names the subject.
    const setOff = [p.span.start, p.titleSpan?.start ?? p.span.start].some((at) => /,\s*$/.test(ctx.text.slice(Math.max(from, at - 3), at)));
    if (isSubjectGap(gap, singleComma || setOff)) return { type: 'person', claim: p, how };
    // "Peter Lund, chief fire officer at Harwick Fire Service says": the person's own
    // appositive title, its closing comma left out, between the name and the verb.
    if (p.titleSpan !== null && p.titleSpan.start > p.span.end && /^[\s,]*$/.test(ctx.text.slice(p.titleSpan.end, end)) && /^\s*,\s*$/.test(ctx.text.slice(p.span.end, p.titleSpan.start))) return { type: 'person', claim: p, how };
  }
  const t = toks[k]!;
  if (breaks(toks, k) && !singleComma) {
    // "Farmer Ana-Lise, a voter in Telmar, said": the phrase before the clause's first comma.
    const comma = toks.findIndex((x, i) => x.start >= from && i < k && /,/.test(x.post));
    const phrase = comma >= 0 && /,\s*$/.test(gapAfter(toks, k)) ? nounPhraseEndingAt(toks, comma) : [];
    return phrase.length > 0 && phrase[0]!.start >= from ? { type: 'phrase', tokens: phrase, how } : null;
  }
  if (SUBJECT_PRONOUNS.test(t.text) && !singleComma) return { type: 'pronoun', word: t.text.toLowerCase(), at: t.start, how };
  const phrase = nounPhraseEndingAt(toks, k);
  return phrase.length > 0 && phrase[0]!.start >= from ? { type: 'phrase', tokens: phrase, how } : null;
}

/** Whether a person is named after a role's link word: "a spokesman for Ron Lowe", "the lawyer of Ana Ruiz". */
function afterLink(ctx: AttributionContext, p: PersonClaim, from: number): boolean {
  const lead = ctx.text.slice(Math.max(from, (p.titleSpan?.start ?? p.span.start) - 40), p.titleSpan?.start ?? p.span.start);
  const m = /(\p{L}+)\s+(?:for|of|to)\s+$/u.exec(lead);
  return m !== null && ROLES.has(m[1]!.toLowerCase());
}

/**
 * Text between a subject and its verb that keeps them together: nothing, or an appositive
 * between commas or brackets ("Ana Ruiz, 43, a nurse, said"). A single comma does not: in
 * "…, who plays Nora, said" Nora is no subject.
 */
function isSubjectGap(gap: string, singleComma: boolean): boolean {
  const g = gap.trim();
  if (g === '') return true;
  if (/["“”«»]/.test(g)) return false;
  const marks = (g.match(/[,()]/g) ?? []).length;
  return (singleComma && g === ',') || (/^[,(]/.test(g) && /[,)]$/.test(g) && marks >= 2);
}

/** The subject of a clause whose verb is a participle after a comma: its first person, or the phrase opening it. */
function clauseSubject(ctx: AttributionContext, toks: readonly Token[], v: number, from: number, how = 'subject'): SpeakerRef | null {
  const people = peopleWithin(ctx, from, toks[v]!.start).filter((p) => !isPossessive(ctx.text, p));
  if (people.length > 0) return { type: 'person', claim: people[0]!, how };
  const first = toks.findIndex((t) => t.start >= from);
  if (first < 0) return null;
  if (SUBJECT_PRONOUNS.test(toks[first]!.text)) return { type: 'pronoun', word: toks[first]!.text.toLowerCase(), at: toks[first]!.start, how };
  const phrase = nounPhraseFrom(toks, first);
  return phrase.length > 0 ? { type: 'phrase', tokens: phrase, how } : null;
}

/**
 * The subject written after `toks[v]` ("said Ana Ruiz", "according to the ministry"): a
 * person starting within the phrase that follows (with their title, or after "the
 * candidate,"), or that phrase.
 */
function subjectAfter(ctx: AttributionContext, toks: readonly Token[], v: number, how: string): SpeakerRef | null {
  let first = v + 1;
  while (toks[first] && (toks[first]!.tags.has('Date') || toks[first]!.tags.has('WeekDay')) && !punctuatedAfter(toks, first - 1)) first++;
  const head = toks[first];
  if (!head || punctuatedAfter(toks, first - 1, /[.!?;:"“”]/)) return null;
  if (SUBJECT_PRONOUNS.test(head.text)) return { type: 'pronoun', word: head.text.toLowerCase(), at: head.start, how };
  const phrase = nounPhraseFrom(toks, first);
  const limit = phrase.length > 0 ? phrase[phrase.length - 1]!.end : head.end;
  // A person whose name or title opens the phrase, or follows it after one comma.
  const reach = punctuatedAfter(toks, first + phrase.length - 1, /,/) ? nounPhraseFrom(toks, first + phrase.length) : [];
  const end = reach.length > 0 ? reach[reach.length - 1]!.end : limit;
  const person = peopleWithin(ctx, head.start, end + 1).find((p) => !isPossessive(ctx.text, p));
  if (person) return { type: 'person', claim: person, how };
  return phrase.length > 0 ? { type: 'phrase', tokens: phrase, how } : null;
}

/** Whether a sentence ends after token `i`; not at an abbreviation's full stop ("said Rep. Jim Lowe"). */
function endsSentence(toks: readonly Token[], i: number): boolean {
  // "Sen. Ana Ruiz (D-Harwick) said", "(R-Tel.)": an abbreviation's stop inside brackets ends nothing.
  return /[.!?;]/.test(toks[i]!.post) && !/^\.\)/.test(wordGap(toks, i)) && (i === toks.length - 1 || /[.!?;]/.test(wordGap(toks, i)));
}

/** Punctuation between token `i` and the next, an abbreviation's full stop aside ("Rep. Jim Lowe"). */
function breaks(toks: readonly Token[], i: number): boolean {
  return /[,;:.!?()[\]"“”«»—–]/.test(wordGap(toks, i));
}

/** Words that can stand in a noun phrase naming a speaker. */
function isNominal(t: Token): boolean {
  if (ROLES.has(t.text.toLowerCase().replace(/\.$/, ''))) return true;
  if (t.tags.has('Pronoun') && !/^(?:his|her|its|their)$/i.test(t.text)) return false;
  if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('QuestionWord')) return false;
  if (t.tags.has('Verb') && !t.tags.has('Noun') && !/^\p{Lu}/u.test(t.text)) return false;
  return ['Noun', 'Adjective', 'Determiner', 'ProperNoun', 'Acronym', 'Possessive', 'Url', 'Value', 'Organization'].some((x) => t.tags.has(x)) || /^\p{Lu}/u.test(t.text);
}

/** A link inside a noun phrase: "spokesman for the ministry", "Ministry of Defence", "the senator from Ohio". */
const PHRASE_LINKS = new Set(['of', 'for', 'at', 'from']);
const MAX_PHRASE = 8;

/** The noun phrase that ends at `toks[k]`, walking back over words without punctuation between. */
function nounPhraseEndingAt(toks: readonly Token[], k: number): Token[] {
  if (!isNominal(toks[k]!) || toks[k]!.tags.has('Determiner')) return [];
  let i = k;
  for (;;) {
    // "an analyst at Harwick Securities (T.N.) Ltd": a bracketed part inside the name.
    const open = /^\.?\)\s*$/.test(wordGap(toks, i - 1)) ? bracketOpening(toks, i - 1) : -1;
    if (open > 0 && k - open < MAX_PHRASE && isNominal(toks[open - 1]!)) {
      i = open - 1;
      continue;
    }
    if (!(i > 0 && k - i < MAX_PHRASE && !breaks(toks, i - 1))) break;
    const prev = toks[i - 1]!;
    if (isNominal(prev)) {
      i--;
      // An article opens the phrase, unless a link comes before it: "a spokesman for the authority".
      if (prev.tags.has('Determiner') && !(i > 1 && PHRASE_LINKS.has(toks[i - 1]!.text.toLowerCase()) && !breaks(toks, i - 1) && isNominal(toks[i - 2]!) && !breaks(toks, i - 2))) break;
      continue;
    }
    if (PHRASE_LINKS.has(prev.text.toLowerCase()) && i > 1 && isNominal(toks[i - 2]!) && !breaks(toks, i - 2)) {
      i -= 2;
      continue;
    }
    break;
  }
  return toks.slice(i, k + 1);
}

/** The first token inside the brackets that close after `toks[j]`, when they open within a few words; else -1. */
function bracketOpening(toks: readonly Token[], j: number): number {
  for (let m = j; m > 0 && j - m < 4; m--) if (/\(\s*$/.test(gapAfter(toks, m - 1))) return /^\s*\(\s*$/.test(gapAfter(toks, m - 1)) ? m : -1;
  return -1;
}

/** The noun phrase that starts at `toks[first]`, up to punctuation or a word that cannot be in it. */
function nounPhraseFrom(toks: readonly Token[], first: number): Token[] {
  let j = first;
  while (j < toks.length && j - first < MAX_PHRASE && isNominal(toks[j]!) && !(j > first && toks[j]!.tags.has('Determiner') && !PHRASE_LINKS.has(toks[j - 1]!.text.toLowerCase()))) {
    if (breaks(toks, j)) {
      j++;
      break;
    }
    const next = toks[j + 1];
    if (next && PHRASE_LINKS.has(next.text.toLowerCase()) && toks[j + 2] && isNominal(toks[j + 2]!) && !breaks(toks, j + 1)) {
      j += 2;
      continue;
    }
    j++;
  }
  return toks.slice(first, j);
}

/** Tokens after the closing mark up to the end of the sentence (or the next quote). */
function tokensAfter(ctx: AttributionContext, q: QuoteSpan): Token[] {
  const s = segmentAt(ctx.segments, q.close);
  const out: Token[] = [];
  for (let i = s; i >= 0 && i < ctx.segments.length && i <= s + 1; i++) {
    const inNext = i > s;
    const toks = tokensWithin(ctx, i, q.close + 1, ctx.segments[i]!.span.end, WINDOW, false);
    // “…!” Ana Ruiz said. — the attribution as a short sentence of its own, right after the quote.
    if (inNext && !isAttributionSentence(toks)) return out;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (/[“”"„«»]/.test(t.pre) && out.length > 0) return out;
      out.push(t);
      if (endsSentence(toks, k) || /[“"„«]/.test(t.post)) return out;
    }
    if (i === s && out.length > 0) return out;
    // The attribution may sit in the next segment when the quote ended its sentence.
    const nextSegment = ctx.segments[i + 1];
    if (i === s && (!nextSegment || nextSegment.paragraph !== ctx.segments[s]!.paragraph || /\S/.test(ctx.text.slice(q.close + 1, nextSegment.span.start)))) return out;
  }
  return out;
}

/** A sentence that only attributes: a short subject, the speech verb, a few words more ("Ana Ruiz said on Monday."). */
function isAttributionSentence(toks: readonly Token[]): boolean {
  const verb = toks.findIndex((_, i) => speechVerbAt(toks, i));
  return verb >= 0 && verb <= 5 && toks.length - verb <= 4 && !toks.some((t) => /^that$/i.test(t.text));
}

/** Words of segment `s` lying within `[from, to)`, at most `limit` of them nearest `to` or `from`. */
function tokensWithin(ctx: AttributionContext, s: number, from: number, to: number, limit: number, nearEnd: boolean): Token[] {
  const toks = ctx.tokens[s] ?? [];
  const a = lowerBound(toks, from, (t) => t.start);
  let b = lowerBound(toks, to, (t) => t.start);
  while (b > a && toks[b - 1]!.end > to) b--;
  return nearEnd ? toks.slice(Math.max(a, b - limit), b) : toks.slice(a, Math.min(b, a + limit));
}

/** People named within `[from, to)`, in text order. */
export function peopleWithin(ctx: AttributionContext, from: number, to: number): PersonClaim[] {
  const out: PersonClaim[] = [];
  for (let i = lowerBound(ctx.people, from, (p) => p.span.start); i < ctx.people.length && ctx.people[i]!.span.start < to; i++) {
    if (ctx.people[i]!.span.end <= to) out.push(ctx.people[i]!);
  }
  return out;
}

/** Where the last quote before `q` in its sentence closes (or `fallback`). */
function previousQuoteEnd(ctx: AttributionContext, q: QuoteSpan, fallback: number): number {
  const i = lowerBound(ctx.quotes, q.open, (x) => x.open) - 1;
  const prev = ctx.quotes[i];
  return prev && prev.close < q.open && prev.close >= fallback ? prev.close + 1 : fallback;
}

/** The quote that encloses `q` (a quote within a quote), if any. */
function enclosing(ctx: AttributionContext, q: QuoteSpan): QuoteSpan | undefined {
  for (let i = lowerBound(ctx.quotes, q.open, (x) => x.open) - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const x = ctx.quotes[i]!;
    if (x.close > q.close) return x;
  }
  return undefined;
}

/**
 * Whether `offset` lies inside a quoted passage; one that encloses `within` does not count
 * (for a quote within a quote, "the officers said" inside the outer quote attributes it).
 */
export function insideQuote(ctx: AttributionContext, offset: number, within?: QuoteSpan): boolean {
  const encloses = (x: QuoteSpan): boolean => within !== undefined && x.open <= within.open && x.close >= within.close;
  for (let i = lowerBound(ctx.quotes, offset + 1, (x) => x.open) - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const x = ctx.quotes[i]!;
    if (offset > x.open && offset < x.close && !encloses(x)) return true;
  }
  return false;
}

/** "Lena Hart's envoy": a name in the possessive is not the subject. */
export function isPossessive(text: string, p: PersonClaim): boolean {
  return /^['’]s?\b/.test(text.slice(p.span.end, p.span.end + 2));
}

export function segmentAt(segments: readonly Segment[], offset: number): number {
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

function paragraphAt(paragraphs: readonly Span[], offset: number): number {
  const i = lowerBound(paragraphs, offset + 1, (p) => p.start) - 1;
  return i >= 0 && offset < paragraphs[i]!.end ? i : -1;
}

/** A speech verb's -ing form that the tagger read as an adjective ("Kovacs telling the crowd"). */
function isSpeechGerund(word: string): boolean {
  const w = word.toLowerCase();
  if (!w.endsWith('ing') || w.length < 6) return false;
  const stem = w.slice(0, -3);
  return SPEECH_VERBS.has(stem) || SPEECH_VERBS.has(`${stem}e`) || (stem.at(-1) === stem.at(-2) && SPEECH_VERBS.has(stem.slice(0, -1)));
}

/**
 * Whether `toks[i]` is a verb of speaking used as one: not a noun ("Ruiz's demands", "the
 * call") and not before an infinitive ("will continue to sell", "vowed to stay").
 */
function speechVerbAt(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (!(t.tags.has('Verb') || t.tags.has('Gerund') ? SPEECH_VERBS.has(t.lemma) : isSpeechGerund(t.text))) return false;
  return !isNounAfter(toks, i) && !(toks[i + 1]?.text.toLowerCase() === 'to' && !breaks(toks, i) && toks[i + 2]?.tags.has('Verb') === true);
}

/**
 * A verb of a clause of its own (not an auxiliary): "went" in "“…,” Ruiz went on to say";
 * not the tail of a compound adjective ("the Harwick-based group said").
 */
function isFiniteVerb(t: Token): boolean {
  return t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !t.tags.has('Noun') && !t.tags.has('Hyphenated');
}
