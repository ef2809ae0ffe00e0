/**
 * Quotes side by side: the same words, or one speaker's loosely similar words, from
 * different reports make one alignment, one quote per report (with the pieces of it a
 * report quotes apart). Pairs are scored by
 * how much of the shorter quote the longer one holds and merged, the most alike first.
 */
import type { AlignedSide, Alignment, QuoteClaim } from '../types.js';
import { fold, identityIn, personLookup, type Person } from './names.js';

interface QuoteItem {
  readonly index: number;
  readonly report: number;
  readonly claim: QuoteClaim;
  /** The speaker as a person (display name), an organisation or source as written, or null when unattributed. */
  readonly speaker: string | null;
  /** The speaker when named (a person or an organisation), for pairing one speaker's paraphrases; else null. */
  readonly named: string | null;
  readonly words: readonly string[];
  /** The group it is in: the quotes held to be one, one per report at most. */
  group: QuoteGroup;
}

interface QuoteGroup {
  readonly items: QuoteItem[];
  readonly reports: Set<number>;
}

/**
 * Quote words for comparison: folded, punctuation and quote-mark style ignored, and a
 * clitic that copy spaced off its word joined again ("HP 's", "didn' t" → "hps", "didnt").
 */
export function quoteWords(s: string): string[] {
  const joined = s.replace(/(\p{L})\s*(['’])\s*(s|t|re|ve|ll|d|m)\b/gu, '$1$2$3');
  return fold(joined).replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter((w) => w !== '');
}

/** Share of the shorter quote's words found in the other (multiset overlap). */
export function containment(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return common / Math.min(a.length, b.length);
}

/** Same words: enough overlap to be one quote whoever said it. */
export const SAME_WORDS = 0.6;
/**
 * One speaker, loosely similar words: the paraphrase case. The seed pair's
 * spokesperson quote (tests/seeds.test.ts) ("no innovations on this" / "no new developments") is the model.
 */
export const SAME_SPEAKER = 0.2;

/** How a speaker named in the attribution itself was found (not through a pronoun, a role or the quote before). */
const NAMED_ATTRIBUTIONS = new Set(['said-after', 'said-before', 'according-to', 'colon', 'speaker-line', 'subject']);

/**
 * Whether a quote's speaker is named by name where the report attributes it: a person or an
 * organisation, not a pronoun or role resolved to someone, an unnamed source or none.
 */
export function namedInAttribution(c: QuoteClaim): boolean {
  return (c.speakerKind === 'person' || c.speakerKind === 'organisation') && c.attribution !== null && NAMED_ATTRIBUTIONS.has(c.attribution);
}

export function alignQuotes(perReport: readonly (readonly QuoteClaim[])[], people: readonly Person[]): Alignment[] {
  const items: QuoteItem[] = [];
  const personNamed = personLookup(people);
  perReport.forEach((quotes, r) => {
    for (const claim of quotes) {
      const person = claim.speaker === null ? null : personNamed(r, claim.speaker);
      const speaker = claim.speaker === null ? null : person !== null ? identityIn(person, r) : claim.speaker;
      const named = claim.speakerKind === 'person' || claim.speakerKind === 'organisation' ? speaker : null;
      const item: QuoteItem = { index: items.length, report: r, claim, speaker, named, words: quoteWords(claim.words), group: { items: [], reports: new Set([r]) } };
      item.group.items.push(item);
      items.push(item);
    }
  });
  const pairs = similarQuotes(items);
  // The most alike first; ties in the order a comparison of each key's quotes in turn finds them.
  pairs.sort((x, y) => y.score - x.score || x.a.claim.span.start - y.a.claim.span.start || x.b.claim.span.start - y.b.claim.span.start || x.shared - y.shared || x.a.index - y.a.index || x.b.index - y.b.index);
  // The same words first; then the pieces of a passage one report quotes apart; then, among
  // quotes nothing matched, one speaker's paraphrases ("I'm no millionaire" / "no
  // millionaire" keep a third quote of the speaker's out).
  const merge = (a: QuoteItem, b: QuoteItem): void => {
    if (a.group === b.group) return;
    const [big, small] = a.group.items.length >= b.group.items.length ? [a.group, b.group] : [b.group, a.group];
    if ([...small.reports].some((r) => big.reports.has(r))) return;
    for (const i of small.items) {
      big.items.push(i);
      big.reports.add(i.report);
      i.group = big;
    }
  };
  for (const { a, b, sim } of pairs) if (sim >= SAME_WORDS) merge(a, b);
  const pieces = attachPieces(pairs);
  for (const { a, b, sim } of pairs) if (sim < SAME_WORDS && a.group.items.length === 1 && b.group.items.length === 1 && !pieces.has(a) && !pieces.has(b)) merge(a, b);
  const out: Alignment[] = [];
  const done = new Set<QuoteGroup>();
  for (const item of items) {
    if (done.has(item.group)) continue;
    done.add(item.group);
    // A group holds one quote per report, with the pieces of it the report quotes apart;
    // its sides go in report order.
    const sides: AlignedSide[] = [...item.group.items].sort((a, b) => a.report - b.report).map((i) => ({
      report: i.report,
      claims: [i, ...(pieces.get(i) ?? [])].map((x) => x.claim).sort((x, y) => x.span.start - y.span.start),
      identity: i.speaker,
    }));
    // The speaker a report names in its attribution first; one found through a pronoun or
    // a role, or an unnamed source, only when no report names one.
    const byRank = (rank: (c: QuoteClaim) => boolean): string | null => sides.find((s) => s.identity !== null && rank(s.claims[0] as QuoteClaim))?.identity ?? null;
    // A person named before an organisation: "the Harwick government" and its minister Ana
    // Ruiz giving the same words is Ruiz speaking for it.
    const subject = byRank((c) => namedInAttribution(c) && c.speakerKind === 'person') ?? byRank(namedInAttribution) ??
      byRank((c) => c.speakerKind !== 'unnamed') ?? byRank(() => true) ?? 'unattributed';
    out.push({ kind: 'quote', subject, sides, spellingDiffers: false });
  }
  return out;
}

/**
 * A quote one report splits where another quotes it whole: "It was man coverage." and "You
 * never see that." apart in one report, one passage in the other. A lone quote (in no group)
 * that lies within a longer quote of a group, beside its own report's quote there that lies
 * within the same passage, joins that report's side as a further piece. Each lone quote goes
 * to the passage that holds most of it (then the one read first), whatever order pairs come in.
 */
function attachPieces(pairs: readonly QuotePair[]): Map<QuoteItem, QuoteItem[]> {
  const best = new Map<QuoteItem, { into: QuoteItem; own: QuoteItem; score: number }>();
  for (const { a, b, score, sim } of pairs) {
    if (sim < SAME_WORDS) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (x.group.items.length !== 1 || x.group === y.group || x.words.length >= y.words.length) continue;
      // A few words share too little by chance to tell: "a judge's judge" is no piece of a
      // passage that holds "a" and "judge" apart. They must stand in it as written.
      if (x.words.length <= SHORT_PIECE && !runOf(x.words, y.words)) continue;
      const own = y.group.items.find((i) => i.report === x.report);
      // Within the passage beside its own report's part of it; or a part of that report's own
      // quote written again (a phrase quoted in the lead, the sentence later).
      const repeat = own !== undefined && x.words.length < own.words.length && runOf(x.words, own.words);
      if (!own || (!repeat && (own.words.length >= y.words.length || containment(own.words, y.words) < SAME_WORDS))) continue;
      if (own.named !== null && x.named !== null && own.named !== x.named) continue;
      const known = best.get(x);
      if (!known || score > known.score || (score === known.score && y.index < known.into.index)) best.set(x, { into: y, own, score });
    }
  }
  const pieces = new Map<QuoteItem, QuoteItem[]>();
  for (const [x, { own }] of best) {
    x.group = own.group;
    const list = pieces.get(own);
    if (list === undefined) pieces.set(own, [x]);
    else list.push(x);
  }
  return pieces;
}

/** Most words of a piece that must stand in the passage as one run. */
const SHORT_PIECE = 5;

/** Whether `part` stands in `whole` as one run of words. */
function runOf(part: readonly string[], whole: readonly string[]): boolean {
  return ` ${whole.join(' ')} `.includes(` ${part.join(' ')} `);
}

interface QuotePair {
  readonly a: QuoteItem;
  readonly b: QuoteItem;
  /** What orders the pairs: `sim`, a little more for one speaker, a little more for lengths alike. */
  readonly score: number;
  /** How much of the shorter quote the longer holds. */
  readonly sim: number;
  /** The rank of the first key the two share: with a's and b's indexes, the order pairs are found in. */
  readonly shared: number;
}

/**
 * The pairs of quotes from different reports alike enough to be one quote: the same words
 * (SAME_WORDS of the shorter one's words in the other), or one named speaker and loosely
 * similar words (SAME_SPEAKER). Pairs are looked for among quotes that share a key: the
 * speaker (unattributed quotes share one) or a word of more than three letters.
 *
 * Comparing every two quotes of a key would be quadratic in a large story ("said",
 * "that" and the unattributed key hold most quotes). Only a speaker's own quotes are
 * compared pairwise. Same-words pairs are found by prefix filtering: if the shorter quote
 * a has m words and shares c of them with b, with c / m ≥ SAME_WORDS, then any m − c + 1
 * of a's words include a shared one; so each quote is looked up only by its rarest
 * m − c + 1 words (repeated words counted apart: "no#0", "no#1"), among quotes at least
 * as long. A pair found that way that shares no key is one the comparison never makes,
 * and is left out.
 */
function similarQuotes(items: readonly QuoteItem[]): QuotePair[] {
  // Each key's rank: the order in which quotes, in order, first bring it.
  const rank = new Map<string, number>();
  const keysOf = items.map((item) => {
    const keys = new Set([`s:${item.speaker ?? ''}`, ...item.words.filter((w) => w.length > 3).map((w) => `w:${w}`)]);
    for (const k of keys) if (!rank.has(k)) rank.set(k, rank.size);
    return keys;
  });
  const firstShared = (a: QuoteItem, b: QuoteItem): number => {
    const [x, y] = keysOf[a.index]!.size <= keysOf[b.index]!.size ? [keysOf[a.index]!, keysOf[b.index]!] : [keysOf[b.index]!, keysOf[a.index]!];
    let first = Infinity;
    for (const k of x) if (y.has(k)) first = Math.min(first, rank.get(k)!);
    return first;
  };
  const pairs: QuotePair[] = [];
  const paired = new Set<number>();
  const consider = (p: QuoteItem, q: QuoteItem): void => {
    const [a, b] = p.index < q.index ? [p, q] : [q, p];
    if (a.report === b.report) return;
    const id = a.index * items.length + b.index;
    if (paired.has(id)) return;
    paired.add(id);
    const sim = containment(a.words, b.words);
    const sameSpeaker = a.named !== null && a.named === b.named;
    if (!(sim >= SAME_WORDS || (sameSpeaker && sim >= SAME_SPEAKER))) return;
    const shared = firstShared(a, b);
    if (shared === Infinity) return;
    // Of two quotes holding the same words, the one as long as this one is its match: "Don't
    // move!" pairs with "Don't move." before the longer quote that contains it.
    const alike = Math.min(a.words.length, b.words.length) / Math.max(a.words.length, b.words.length);
    pairs.push({ a, b, score: sim + (sameSpeaker ? 0.01 : 0) + alike / 1000, sim, shared });
  };
  const bySpeaker = new Map<string, QuoteItem[]>();
  for (const item of items) {
    if (item.named === null) continue;
    const list = bySpeaker.get(item.named);
    if (list === undefined) bySpeaker.set(item.named, [item]);
    else list.push(item);
  }
  for (const list of bySpeaker.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) consider(list[i]!, list[j]!);

  const tokensOf = items.map((item) => {
    const seen = new Map<string, number>();
    return item.words.map((w) => {
      const k = seen.get(w) ?? 0;
      seen.set(w, k + 1);
      return `${w}#${k}`;
    });
  });
  const postings = new Map<string, QuoteItem[]>();
  items.forEach((item, i) => {
    for (const t of tokensOf[i]!) {
      const list = postings.get(t);
      if (list === undefined) postings.set(t, [item]);
      else list.push(item);
    }
  });
  const rarer = (x: string, y: string): number => postings.get(x)!.length - postings.get(y)!.length || (x < y ? -1 : x > y ? 1 : 0);
  items.forEach((a, i) => {
    const m = a.words.length;
    if (m === 0) return;
    let needed = 1;
    while (needed / m < SAME_WORDS) needed++;
    for (const t of [...tokensOf[i]!].sort(rarer).slice(0, m - needed + 1)) {
      for (const b of postings.get(t)!) {
        if (b.words.length > m || (b.words.length === m && b.index > a.index)) consider(a, b);
      }
    }
  });
  return pairs;
}
