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
export { containment, quoteWords, SAME_SPEAKER, SAME_WORDS } from './quotes.js';
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
        for (let next = at + 1; next < lists.length; next++) {
          const candidates = lists[next]!.filter((g) => !used.has(g) && intersect(interval, g.interval) !== null);
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
