/**
 * The alignment as it was before it was bucketed (every person against every person,
 * every quote against every quote of a shared key, one slot per report everywhere): kept
 * as the reference that tests/align/scale.test.ts holds the bucketed alignment to. Its
 * output is turned into the sparse sides that Alignment now has. Not used by factdiff.
 */
import type { AlignedSide, Alignment, Claim, NumberClaim, PersonClaim, QuoteClaim } from '../../src/types.js';
import { containment, intersect, intervalOf, isPoint, namedInAttribution, numberSubject, quoteWords, SAME_SPEAKER, SAME_WORDS, type Interval } from '../../src/align/index.js';
import { fold, identityIn, sameness, type Entity } from '../../src/align/names.js';

/** A dense alignment: one slot per report. */
interface DenseAlignment {
  readonly kind: Alignment['kind'];
  readonly subject: string;
  readonly sides: readonly (readonly Claim[])[];
  readonly identities: readonly (string | null)[];
  readonly spellingDiffers: boolean;
}

interface Person {
  readonly name: string;
  readonly entities: readonly (Entity | undefined)[];
  readonly spellingDiffers: boolean;
}

function partsOf(name: string): string[] {
  return fold(name).split(/[\s.]+/).filter((p) => p !== '');
}

/** The reference alignment of reports' claims, with `entities` from src/align/names.ts's entitiesOf. */
export function pairwiseAlignment(perReport: readonly (readonly Claim[])[], entitiesOf: (report: number, ms: readonly PersonClaim[]) => Entity[]): Alignment[] {
  const numbers = perReport.map((cs) => cs.filter((c): c is NumberClaim => c.kind === 'number'));
  const persons = perReport.map((cs) => cs.filter((c): c is PersonClaim => c.kind === 'person'));
  const quotes = perReport.map((cs) => cs.filter((c): c is QuoteClaim => c.kind === 'quote'));
  const people = resolvePeople(persons.map((ms, r) => entitiesOf(r, ms)));
  return [...alignNumbers(numbers), ...alignPeople(people, persons.length), ...alignQuotes(quotes, people)].map(sparse);
}

function sparse(a: DenseAlignment): Alignment {
  const sides: AlignedSide[] = [];
  a.sides.forEach((claims, report) => {
    if (claims.length > 0) sides.push({ report, claims, identity: a.identities[report] ?? null });
  });
  return { kind: a.kind, subject: a.subject, sides, spellingDiffers: a.spellingDiffers };
}

interface Fact {
  readonly report: number;
  readonly claims: NumberClaim[];
  interval: Interval;
}

function alignNumbers(perReport: readonly (readonly NumberClaim[])[]): DenseAlignment[] {
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
  const out: DenseAlignment[] = [];
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

function numberAlignment(subject: string, facts: readonly (Fact | undefined)[]): DenseAlignment {
  return {
    kind: 'number',
    subject,
    sides: facts.map((f) => f?.claims ?? []),
    identities: facts.map(() => null),
    spellingDiffers: false,
  };
}

function alignPeople(people: readonly Person[], n: number): DenseAlignment[] {
  return people.map((p) => ({
    kind: 'person' as const,
    subject: p.name,
    sides: Array.from({ length: n }, (_, r) => p.entities[r]?.mentions ?? []),
    identities: Array.from({ length: n }, (_, r) => p.entities[r]?.name ?? null),
    spellingDiffers: p.spellingDiffers,
  }));
}

interface QuoteItem {
  readonly index: number;
  readonly report: number;
  readonly claim: QuoteClaim;
  /** The speaker as a person (display name), or null when unattributed. */
  readonly speaker: string | null;
  /** The speaker when a person or an organisation, else null. */
  readonly named: string | null;
  readonly words: readonly string[];
  group: QuoteItem[];
}

function alignQuotes(perReport: readonly (readonly QuoteClaim[])[], people: readonly Person[]): DenseAlignment[] {
  const n = perReport.length;
  const items: QuoteItem[] = [];
  perReport.forEach((quotes, r) => {
    for (const claim of quotes) {
      const person = claim.speaker === null ? null : personNamed(people, r, claim.speaker);
      const speaker = claim.speaker === null ? null : person ? identityIn({ ...person, entities: person.entities.filter((e): e is Entity => e !== undefined) }, r) : claim.speaker;
      const named = claim.speakerKind === 'person' || claim.speakerKind === 'organisation' ? speaker : null;
      const item: QuoteItem = { index: items.length, report: r, claim, speaker, named, words: quoteWords(claim.words), group: [] };
      item.group = [item];
      items.push(item);
    }
  });
  const pairs: { a: QuoteItem; b: QuoteItem; score: number; sim: number }[] = [];
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
        const sameSpeaker = a.named !== null && a.named === b.named;
        if (sim >= SAME_WORDS || (sameSpeaker && sim >= SAME_SPEAKER)) {
          const alike = Math.min(a.words.length, b.words.length) / Math.max(a.words.length, b.words.length);
          pairs.push({ a, b, score: sim + (sameSpeaker ? 0.01 : 0) + alike / 1000, sim });
        }
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.a.claim.span.start - y.a.claim.span.start || x.b.claim.span.start - y.b.claim.span.start);
  const merge = (a: QuoteItem, b: QuoteItem): void => {
    if (a.group === b.group) return;
    const reports = new Set(a.group.map((i) => i.report));
    if (b.group.some((i) => reports.has(i.report))) return;
    const merged = [...a.group, ...b.group];
    for (const i of merged) i.group = merged;
  };
  for (const { a, b, sim } of pairs) if (sim >= SAME_WORDS) merge(a, b);
  // Pieces: a lone quote inside a longer quote of a group, beside its report's quote there.
  const best = new Map<QuoteItem, { into: QuoteItem; own: QuoteItem; score: number }>();
  for (const { a, b, score, sim } of pairs) {
    if (sim < SAME_WORDS) continue;
    for (const [x, y] of [[a, b], [b, a]] as const) {
      if (x.group.length !== 1 || x.group === y.group || x.words.length >= y.words.length) continue;
      // A piece of a few words must stand in the passage as written.
      if (x.words.length <= 5 && !` ${y.words.join(' ')} `.includes(` ${x.words.join(' ')} `)) continue;
      const own = y.group.find((i) => i.report === x.report);
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
    pieces.set(own, [...(pieces.get(own) ?? []), x]);
  }
  for (const { a, b, sim } of pairs) if (sim < SAME_WORDS && a.group.length === 1 && b.group.length === 1 && !pieces.has(a) && !pieces.has(b)) merge(a, b);
  const out: DenseAlignment[] = [];
  const done = new Set<QuoteItem[]>();
  for (const item of items) {
    if (done.has(item.group)) continue;
    done.add(item.group);
    const sides: QuoteClaim[][] = Array.from({ length: n }, () => []);
    const identities: (string | null)[] = Array.from({ length: n }, () => null);
    for (const i of item.group) {
      sides[i.report] = [i, ...(pieces.get(i) ?? [])].map((x) => x.claim).sort((x, y) => x.span.start - y.span.start);
      identities[i.report] = i.speaker;
    }
    const byRank = (rank: (c: QuoteClaim) => boolean): string | null =>
      identities.find((s, r) => s !== null && sides[r]!.length > 0 && rank(sides[r]![0]!)) ?? null;
    const subject = byRank((c) => namedInAttribution(c) && c.speakerKind === 'person') ?? byRank(namedInAttribution) ??
      byRank((c) => c.speakerKind !== 'unnamed') ?? byRank(() => true) ?? 'unattributed';
    out.push({ kind: 'quote', subject, sides, identities, spellingDiffers: false });
  }
  return out;
}

/** Groups the entities of all reports into people, in order of first appearance. */
function resolvePeople(perReport: readonly (readonly Entity[])[]): Person[] {
  const people: { entities: (Entity | undefined)[]; spelling: boolean }[] = [];
  for (const entities of perReport) {
    for (const e of entities) {
      let best: { p: (typeof people)[number]; how: 'same' | 'spelling' } | null = null;
      for (const p of people) {
        if (p.entities[e.report] !== undefined) continue;
        for (const other of p.entities) {
          if (!other) continue;
          const how = sameness(other, e);
          if (how === 'same' || (how === 'spelling' && best === null)) best = { p, how };
          if (how === 'same') break;
        }
        if (best?.how === 'same') break;
      }
      if (best) {
        best.p.entities[e.report] = e;
        if (best.how === 'spelling') best.p.spelling = true;
      } else {
        const entities: (Entity | undefined)[] = Array.from({ length: perReport.length }, () => undefined);
        entities[e.report] = e;
        people.push({ entities, spelling: false });
      }
    }
  }
  return people.map((p) => {
    const present = p.entities.filter((e): e is Entity => e !== undefined);
    const name = present.reduce((best, e) => (e.parts.length > partsOf(best).length ? e.name : best), present[0]!.name);
    return { name, entities: p.entities, spellingDiffers: p.spelling };
  });
}

const runOf = (part: readonly string[], whole: readonly string[]): boolean => ` ${whole.join(' ')} `.includes(` ${part.join(' ')} `);

/** The person a name written in report `report` refers to, if any. */
function personNamed(people: readonly Person[], report: number, name: string): Person | null {
  const key = partsOf(name).join(' ');
  for (const p of people) {
    const e = p.entities[report];
    if (e && e.mentions.some((m) => partsOf(m.name).join(' ') === key)) return p;
  }
  return null;
}
