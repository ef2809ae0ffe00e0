/**
 * Align stage: claims of every report → Alignment[].
 *
 * Puts side by side the claims that talk about the same thing:
 *   - numbers by key (measure, subgroup, unit); repeated mentions inside one report that
 *     agree fold into one fact first;
 *   - people by identity (names.ts);
 *   - quotes by their words and speakers.
 * Alignment decides *what* is compared; judge decides whether the sides agree.
 * Work is bucketed by key, so cost grows with the claims per key, not with their square.
 */
import type { AlignedSide, Alignment, Claim, NumberClaim, PersonClaim, QuoteClaim } from '../types.js';
import { entitiesOf, fold, personLookup, resolvePeople, type Person } from './names.js';
import { intersect, intervalOf, isPoint, type Interval } from './interval.js';

export { fold } from './names.js';
export { intersect, intervalOf, isPoint, type Interval } from './interval.js';

/** Aligns the claims of reports given in order (`perReport[i]` are report i's claims). */
export function alignClaims(perReport: readonly (readonly Claim[])[]): Alignment[] {
  const numbers = perReport.map((cs) => cs.filter((c): c is NumberClaim => c.kind === 'number'));
  const persons = perReport.map((cs) => cs.filter((c): c is PersonClaim => c.kind === 'person'));
  const quotes = perReport.map((cs) => cs.filter((c): c is QuoteClaim => c.kind === 'quote'));
  const people = resolvePeople(persons.map((ms, r) => entitiesOf(r, ms)));
  return [...alignNumbers(numbers), ...alignPeople(people), ...alignQuotes(quotes, people)];
}

// ---------------------------------------------------------------- numbers

interface Fact {
  readonly report: number;
  readonly claims: NumberClaim[];
  interval: Interval;
}

/** The key numbers align on, and its display form. */
export function numberSubject(c: NumberClaim): string {
  const unit = c.unit === 'count' ? '' : c.unit === 'percent' ? ' (%)' : c.unit === 'ordinal' ? ' (ordinal)' : ` (${c.unit.slice('currency:'.length)})`;
  // Money is compared by currency and value: "a €4.2bn budget", "Total spending | €4.2 billion"
  // and "will cost €4.2bn" name the same sum with different nouns.
  const measure = c.unit.startsWith('currency:') ? 'amount' : c.measure;
  return `${measure}${c.subgroup ? ` / ${c.subgroup}` : ''}${unit}`;
}

function alignNumbers(perReport: readonly (readonly NumberClaim[])[]): Alignment[] {
  const n = perReport.length;
  // Per key, the facts of each report that has the key, in report order: a large story
  // has many keys, each in few of its reports.
  const byKey = new Map<string, Map<number, Fact[]>>();
  perReport.forEach((claims, r) => {
    for (const c of claims) {
      const key = numberSubject(c);
      let per = byKey.get(key);
      if (!per) {
        per = new Map();
        byKey.set(key, per);
      }
      let facts = per.get(r);
      if (!facts) {
        facts = [];
        per.set(r, facts);
      }
      const fact = facts.find((f) => intersect(f.interval, intervalOf(c)) !== null);
      if (fact) {
        fact.claims.push(c);
        fact.interval = intersect(fact.interval, intervalOf(c))!;
      } else {
        facts.push({ report: r, claims: [c], interval: intervalOf(c) });
      }
    }
  });
  const out: Alignment[] = [];
  for (const [subject, per] of byKey) {
    const lists = [...per.values()];
    // One fact per report at most: whatever they say is about the same thing.
    if (lists.every((facts) => facts.length <= 1)) {
      out.push(numberAlignment(subject, lists.map((facts) => facts[0]!)));
      continue;
    }
    // Several facts in a report: pair only what fits, leave the rest on their own.
    const used = new Set<Fact>();
    const alone: Fact[] = [];
    lists.forEach((facts, at) => {
      for (const f of facts) {
        if (used.has(f)) continue;
        used.add(f);
        const group: Fact[] = [f];
        let interval = f.interval;
        for (const later of lists.slice(at + 1)) {
          const candidates = later.filter((g) => !used.has(g) && intersect(interval, g.interval) !== null);
          const match = candidates.find((g) => isPoint(g.interval) && isPoint(interval) && g.interval.low === interval.low) ?? candidates[0];
          if (match) {
            used.add(match);
            group.push(match);
            interval = intersect(interval, match.interval)!;
          }
        }
        if (group.length === 1) alone.push(f);
        else out.push(numberAlignment(subject, group));
      }
    });
    // What is left unpaired, at most one per report, is the same measure told differently:
    // set it side by side (a conflict) rather than leave each report's figure on its own.
    const reports = new Set(alone.map((f) => f.report));
    if (reports.size === alone.length && alone.length > 1) {
      out.push(numberAlignment(subject, [...alone].sort((a, b) => a.report - b.report)));
    } else {
      for (const f of alone) out.push(numberAlignment(subject, [f]));
    }
  }
  return out;
}

/** An alignment of the facts of the reports that have one, in report order. */
function numberAlignment(subject: string, facts: readonly Fact[]): Alignment {
  return {
    kind: 'number',
    subject,
    sides: facts.map((f) => ({ report: f.report, claims: f.claims, identity: null })),
    spellingDiffers: false,
  };
}

// ---------------------------------------------------------------- people

function alignPeople(people: readonly Person[]): Alignment[] {
  return people.map((p) => ({
    kind: 'person' as const,
    subject: p.name,
    sides: p.entities.map((e) => ({ report: e.report, claims: e.mentions, identity: e.name })),
    spellingDiffers: p.spellingDiffers,
  }));
}

// ---------------------------------------------------------------- quotes

interface QuoteItem {
  readonly index: number;
  readonly report: number;
  readonly claim: QuoteClaim;
  /** The speaker as a person (display name), or null when unattributed. */
  readonly speaker: string | null;
  readonly words: readonly string[];
  /** The group it is in: the quotes held to be one, one per report at most. */
  group: QuoteGroup;
}

interface QuoteGroup {
  readonly items: QuoteItem[];
  readonly reports: Set<number>;
}

/** Quote words for comparison: folded, punctuation and quote-mark style ignored. */
export function quoteWords(s: string): string[] {
  return fold(s).replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter((w) => w !== '');
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

function alignQuotes(perReport: readonly (readonly QuoteClaim[])[], people: readonly Person[]): Alignment[] {
  const items: QuoteItem[] = [];
  const personNamed = personLookup(people);
  perReport.forEach((quotes, r) => {
    for (const claim of quotes) {
      const speaker = claim.speaker === null ? null : personNamed(r, claim.speaker)?.name ?? claim.speaker;
      const item: QuoteItem = { index: items.length, report: r, claim, speaker, words: quoteWords(claim.words), group: { items: [], reports: new Set([r]) } };
      item.group.items.push(item);
      items.push(item);
    }
  });
  const pairs = similarQuotes(items);
  // The most alike first; ties in the order a comparison of each key's quotes in turn finds them.
  pairs.sort((x, y) => y.score - x.score || x.a.claim.span.start - y.a.claim.span.start || x.b.claim.span.start - y.b.claim.span.start || x.shared - y.shared || x.a.index - y.a.index || x.b.index - y.b.index);
  for (const { a, b } of pairs) {
    if (a.group === b.group) continue;
    const [big, small] = a.group.items.length >= b.group.items.length ? [a.group, b.group] : [b.group, a.group];
    if ([...small.reports].some((r) => big.reports.has(r))) continue;
    for (const i of small.items) {
      big.items.push(i);
      big.reports.add(i.report);
      i.group = big;
    }
  }
  const out: Alignment[] = [];
  const done = new Set<QuoteGroup>();
  for (const item of items) {
    if (done.has(item.group)) continue;
    done.add(item.group);
    // A group holds one quote per report at most; its sides go in report order.
    const sides: AlignedSide[] = [...item.group.items].sort((a, b) => a.report - b.report).map((i) => ({ report: i.report, claims: [i.claim], identity: i.speaker }));
    const subject = sides.find((s) => s.identity !== null)?.identity ?? 'unattributed';
    out.push({ kind: 'quote', subject, sides, spellingDiffers: false });
  }
  return out;
}

interface QuotePair {
  readonly a: QuoteItem;
  readonly b: QuoteItem;
  readonly score: number;
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
    const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
    if (!(sim >= SAME_WORDS || (sameSpeaker && sim >= SAME_SPEAKER))) return;
    const shared = firstShared(a, b);
    if (shared === Infinity) return;
    pairs.push({ a, b, score: sim + (sameSpeaker ? 0.01 : 0), shared });
  };
  const bySpeaker = new Map<string, QuoteItem[]>();
  for (const item of items) {
    if (item.speaker === null) continue;
    const list = bySpeaker.get(item.speaker);
    if (list === undefined) bySpeaker.set(item.speaker, [item]);
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
