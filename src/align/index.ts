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
import type { Alignment, Claim, NumberClaim, PersonClaim, QuoteClaim } from '../types.js';
import { entitiesOf, fold, personNamed, resolvePeople, type Person } from './names.js';
import { intersect, intervalOf, isPoint, type Interval } from './interval.js';

export { fold } from './names.js';
export { intersect, intervalOf, isPoint, type Interval } from './interval.js';

/** Aligns the claims of reports given in order (`perReport[i]` are report i's claims). */
export function alignClaims(perReport: readonly (readonly Claim[])[]): Alignment[] {
  const numbers = perReport.map((cs) => cs.filter((c): c is NumberClaim => c.kind === 'number'));
  const persons = perReport.map((cs) => cs.filter((c): c is PersonClaim => c.kind === 'person'));
  const quotes = perReport.map((cs) => cs.filter((c): c is QuoteClaim => c.kind === 'quote'));
  const people = resolvePeople(persons.map((ms, r) => entitiesOf(r, ms)));
  return [...alignNumbers(numbers), ...alignPeople(people, persons.length), ...alignQuotes(quotes, people)];
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
  const byKey = new Map<string, Fact[][]>();
  perReport.forEach((claims, r) => {
    for (const c of claims) {
      const key = numberSubject(c);
      let per = byKey.get(key);
      if (!per) {
        per = Array.from({ length: n }, () => []);
        byKey.set(key, per);
      }
      const facts = per[r]!;
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
    // One fact per report at most: whatever they say is about the same thing.
    if (per.every((facts) => facts.length <= 1)) {
      out.push(numberAlignment(subject, per.map((facts) => facts[0])));
      continue;
    }
    // Several facts in a report: pair only what fits, leave the rest on their own.
    const used = new Set<Fact>();
    const alone: Fact[] = [];
    for (let r = 0; r < n; r++) {
      for (const f of per[r]!) {
        if (used.has(f)) continue;
        used.add(f);
        const group: (Fact | undefined)[] = Array.from({ length: n }, () => undefined);
        group[r] = f;
        let interval = f.interval;
        for (let s = r + 1; s < n; s++) {
          const candidates = per[s]!.filter((g) => !used.has(g) && intersect(interval, g.interval) !== null);
          const match = candidates.find((g) => isPoint(g.interval) && isPoint(interval) && g.interval.low === interval.low) ?? candidates[0];
          if (match) {
            used.add(match);
            group[s] = match;
            interval = intersect(interval, match.interval)!;
          }
        }
        if (group.filter(Boolean).length === 1) alone.push(f);
        else out.push(numberAlignment(subject, group));
      }
    }
    // What is left unpaired, at most one per report, is the same measure told differently:
    // set it side by side (a conflict) rather than leave each report's figure on its own.
    const reports = new Set(alone.map((f) => f.report));
    if (reports.size === alone.length && alone.length > 1) {
      out.push(numberAlignment(subject, Array.from({ length: n }, (_, r) => alone.find((f) => f.report === r))));
    } else {
      for (const f of alone) out.push(numberAlignment(subject, Array.from({ length: n }, (_, r) => (r === f.report ? f : undefined))));
    }
  }
  return out;
}

function numberAlignment(subject: string, facts: readonly (Fact | undefined)[]): Alignment {
  return {
    kind: 'number',
    subject,
    sides: facts.map((f) => f?.claims ?? []),
    identities: facts.map(() => null),
    spellingDiffers: false,
  };
}

// ---------------------------------------------------------------- people

function alignPeople(people: readonly Person[], n: number): Alignment[] {
  return people.map((p) => ({
    kind: 'person' as const,
    subject: p.name,
    sides: Array.from({ length: n }, (_, r) => p.entities[r]?.mentions ?? []),
    identities: Array.from({ length: n }, (_, r) => p.entities[r]?.name ?? null),
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
  group: QuoteItem[];
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
const SAME_WORDS = 0.6;
/**
 * One speaker, loosely similar words: the paraphrase case. The seed pair's
 * spokesperson quote (tests/seeds.test.ts) ("no innovations on this" / "no new developments") is the model.
 */
const SAME_SPEAKER = 0.2;

function alignQuotes(perReport: readonly (readonly QuoteClaim[])[], people: readonly Person[]): Alignment[] {
  const n = perReport.length;
  const items: QuoteItem[] = [];
  perReport.forEach((quotes, r) => {
    for (const claim of quotes) {
      const speaker = claim.speaker === null ? null : personNamed(people, r, claim.speaker)?.name ?? claim.speaker;
      const item: QuoteItem = { index: items.length, report: r, claim, speaker, words: quoteWords(claim.words), group: [] };
      item.group = [item];
      items.push(item);
    }
  });
  const pairs: { a: QuoteItem; b: QuoteItem; score: number }[] = [];
  const bySpeakerOrWord = new Map<string, QuoteItem[]>();
  for (const item of items) {
    for (const key of new Set([`s:${item.speaker ?? ''}`, ...item.words.filter((w) => w.length > 3).map((w) => `w:${w}`)])) {
      bySpeakerOrWord.set(key, [...(bySpeakerOrWord.get(key) ?? []), item]);
    }
  }
  const seen = new Set<string>();
  for (const bucket of bySpeakerOrWord.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        if (a.report === b.report) continue;
        const id = a.index < b.index ? `${a.index}:${b.index}` : `${b.index}:${a.index}`;
        if (seen.has(id)) continue;
        seen.add(id);
        const sim = containment(a.words, b.words);
        const sameSpeaker = a.speaker !== null && a.speaker === b.speaker;
        if (sim >= SAME_WORDS || (sameSpeaker && sim >= SAME_SPEAKER)) {
          pairs.push({ a, b, score: sim + (sameSpeaker ? 0.01 : 0) });
        }
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a.claim.span.start - y.a.claim.span.start || x.b.claim.span.start - y.b.claim.span.start);
  for (const { a, b } of pairs) {
    if (a.group === b.group) continue;
    const reports = new Set(a.group.map((i) => i.report));
    if (b.group.some((i) => reports.has(i.report))) continue;
    const merged = [...a.group, ...b.group];
    for (const i of merged) i.group = merged;
  }
  const out: Alignment[] = [];
  const done = new Set<QuoteItem[]>();
  for (const item of items) {
    if (done.has(item.group)) continue;
    done.add(item.group);
    const sides: QuoteClaim[][] = Array.from({ length: n }, () => []);
    const identities: (string | null)[] = Array.from({ length: n }, () => null);
    for (const i of item.group) {
      sides[i.report] = [i.claim];
      identities[i.report] = i.speaker;
    }
    const subject = identities.find((s) => s !== null) ?? 'unattributed';
    out.push({ kind: 'quote', subject, sides, identities, spellingDiffers: false });
  }
  return out;
}
