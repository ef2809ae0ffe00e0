/**
 * Align stage: claims of every report → Alignment[].
 *
 * Puts side by side the claims that talk about the same thing:
 *   - numbers by key (measure, subgroup, unit); repeated mentions inside one report that
 *     agree fold into one fact first;
 *   - people by identity (names.ts);
 *   - quotes by their words and speakers (quotes.ts).
 * Alignment decides *what* is compared; judge decides whether the sides agree.
 * Work is bucketed by key, so cost grows with the claims per key, not with their square.
 */
import type { Alignment, Claim, NumberClaim, PersonClaim, QuoteClaim } from '../types.js';
import { entitiesOf, resolvePeople, type Person } from './names.js';
import { alignQuotes } from './quotes.js';
import { intersect, intervalOf, isPoint, type Interval } from './interval.js';

export { fold } from './names.js';
export { containment, namedInAttribution, quoteWords, SAME_SPEAKER, SAME_WORDS } from './quotes.js';
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
  // Per key, the facts of each report that has the key, in report order: a large story
  // has many keys, each in few of its reports.
  const byKey = new Map<string, Map<number, Facts>>();
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
        facts = new Facts();
        per.set(r, facts);
      }
      const fact = facts.firstMeeting(intervalOf(c));
      if (fact) {
        fact.claims.push(c);
        facts.narrow(fact, intersect(fact.interval, intervalOf(c))!);
      } else {
        facts.add({ report: r, claims: [c], interval: intervalOf(c) });
      }
    }
  });
  const out: Alignment[] = [];
  for (const [subject, per] of byKey) {
    const lists = [...per.values()];
    // One fact per report at most: whatever they say is about the same thing.
    if (lists.every((facts) => facts.list.length <= 1)) {
      out.push(numberAlignment(subject, lists.map((facts) => facts.list[0]!)));
      continue;
    }
    // Several facts in a report: pair only what fits, leave the rest on their own.
    const used = new Set<Fact>();
    const alone: Fact[] = [];
    lists.forEach((facts, at) => {
      for (const f of facts.list) {
        if (used.has(f)) continue;
        used.add(f);
        const group: Fact[] = [f];
        let interval = f.interval;
        for (let next = at + 1; next < lists.length; next++) {
          const match = lists[next]!.match(interval, used);
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

/**
 * One report's facts about one key, in the order they were first stated. A claim joins the
 * first fact it meets, so no two facts meet: a value lies in one fact at most. Facts that
 * are one exact value are found by it, which keeps a report of thousands of figures about
 * one measure ("3 dead." … "100000 dead.") linear; a search through every fact per claim
 * took over 60 s for 100,000 of them (issue 25, item 7). Only ranges are searched in turn.
 */
class Facts {
  /** Every fact, in order. */
  readonly list: Fact[] = [];
  /** Facts that are one exact value, by it. */
  private readonly points = new Map<number, Fact>();
  /** Facts that are ranges, in order. */
  private ranges: Fact[] = [];

  add(fact: Fact): void {
    this.list.push(fact);
    if (isPoint(fact.interval)) this.points.set(fact.interval.low!, fact);
    else this.ranges.push(fact);
  }

  /** Sets a fact's narrower interval (a range may become one value). */
  narrow(fact: Fact, interval: Interval): void {
    const wasPoint = isPoint(fact.interval);
    fact.interval = interval;
    if (!wasPoint && isPoint(interval)) {
      this.ranges = this.ranges.filter((f) => f !== fact);
      this.points.set(interval.low!, fact);
    }
  }

  /** The first fact (in order) whose interval meets `interval`, if any. */
  firstMeeting(interval: Interval): Fact | undefined {
    if (isPoint(interval)) return this.holding(interval.low!);
    return this.list.find((f) => intersect(f.interval, interval) !== null);
  }

  /**
   * The fact to pair with `interval` among those not `used`: the one holding its value when
   * it is one, otherwise the first that meets it, an exact value equal to it first.
   */
  match(interval: Interval, used: ReadonlySet<Fact>): Fact | undefined {
    if (isPoint(interval)) {
      const f = this.holding(interval.low!);
      return f !== undefined && !used.has(f) ? f : undefined;
    }
    return this.list.find((g) => !used.has(g) && intersect(interval, g.interval) !== null);
  }

  /** The fact whose interval holds `value` (at most one does). */
  private holding(value: number): Fact | undefined {
    const point: Interval = { low: value, high: value, lowOpen: false, highOpen: false };
    return this.points.get(value) ?? this.ranges.find((f) => intersect(f.interval, point) !== null);
  }
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
