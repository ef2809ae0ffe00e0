/**
 * Judge stage: Alignment → Finding.
 *
 * Decides the verdict of each alignment and says why in words:
 *   - numbers: `agree` (same exact value), `compatible` (hedged intervals meet),
 *     `conflict` (no value satisfies every report);
 *   - people: `conflict` when names are spelled differently or titles differ in a
 *     qualifier ("former"), an affiliation, or the role itself; `agree` otherwise;
 *   - quotes: `misattributed` (different named speakers), `agree` (same words),
 *     `reworded` (with a word diff);
 *   - `only-one` whenever a single report has the claim.
 * With three or more reports, a conflict names the reports outside the largest group
 * that agrees with itself.
 */
import { diffWords } from 'diff';
import type {
  Alignment, Claim, DiffPart, Finding, FindingClaim, NumberClaim, PersonClaim, QuoteClaim, Report, Verdict,
} from '../types.js';
import { intersect, intervalOf, isPoint, namedInAttribution, quoteWords, type Interval } from '../align/index.js';
import { titleConflict, type TitleConflict } from '../titles/index.js';

/** How lenient judging is. */
export interface JudgeOptions {
  /** Relative tolerance: exact figures within it agree (0.01 = 1%). */
  readonly tolerance?: number;
}

/** Judges one alignment of claims from `reports`. */
export function judge(alignment: Alignment, reports: readonly Report[], options: JudgeOptions = {}): Finding {
  switch (alignment.kind) {
    case 'number':
      return judgeNumbers(alignment, reports, options.tolerance ?? 0);
    case 'person':
      return judgePerson(alignment, reports);
    case 'quote':
      return judgeQuote(alignment, reports);
    default: {
      const never: never = alignment.kind;
      return never;
    }
  }
}

interface Side<C extends Claim> {
  readonly report: number;
  readonly claims: readonly C[];
  readonly identity: string | null;
}

function sidesOf<C extends Claim>(a: Alignment): readonly Side<C>[] {
  return a.sides as readonly Side<C>[];
}

function finding(
  a: Alignment, reports: readonly Report[], verdict: Verdict, claims: FindingClaim[], note: string,
  minority: readonly number[] = [], diff: DiffPart[] | null = null,
): Finding {
  return {
    kind: a.kind, verdict, subject: a.subject, claims, note,
    minority: minority.map((r) => reports[r]!.id), diff,
  };
}

function base(report: Report, c: Claim, detail: string | null): FindingClaim {
  const text = c.kind === 'quote' ? c.words : report.text.slice(c.span.start, c.span.end).replace(/\s+/g, ' ');
  const numeric = c.kind === 'number';
  return {
    report: report.id, text,
    value: numeric ? c.value : null, low: numeric ? c.low : null, high: numeric ? c.high : null,
    span: c.span, sentence: c.sentence, detail,
  };
}

/**
 * The largest set of sides that agree among themselves, grown greedily from each side in
 * turn (deterministic); the sides outside it are the minority, only meaningful with three
 * or more sides and a strict majority. A group is grown from `start(seed)`: each other
 * side, in order, joins when `admit(state, k)` gives the group's next state, not null.
 *
 * Sides of one `sort` (the same figure, name, titles or speaker) are interchangeable: a
 * group grown from one takes in the others, and grows as it would from them. So one seed
 * of each sort is enough, and a story of many reports saying few different things costs
 * the sorts times the sides, not the sides cubed.
 */
export function minorityOf<S>(count: number, sort: (i: number) => string, start: (i: number) => S, admit: (state: S, k: number) => S | null): number[] {
  let best: number[] = [];
  const seeded = new Set<string>();
  for (let seed = 0; seed < count; seed++) {
    if (seeded.has(sort(seed))) continue;
    seeded.add(sort(seed));
    const group = [seed];
    let state = start(seed);
    for (let k = 0; k < count; k++) {
      if (k === seed) continue;
      const next = admit(state, k);
      if (next !== null) {
        state = next;
        group.push(k);
      }
    }
    if (group.length > best.length) best = group;
  }
  if (count < 3 || best.length * 2 <= count) return [];
  const inBest = new Set(best);
  return Array.from({ length: count }, (_, i) => i).filter((i) => !inBest.has(i));
}

/** A key for an interval: equal keys, equal intervals. */
function intervalKey(i: Interval): string {
  return `${i.low}${i.lowOpen ? '(' : '['}${i.high}${i.highOpen ? ')' : ']'}`;
}

// ---------------------------------------------------------------- numbers

function judgeNumbers(a: Alignment, reports: readonly Report[], tolerance: number): Finding {
  const sides = sidesOf<NumberClaim>(a);
  const facts = sides.map((s) => {
    const intervals = s.claims.map(intervalOf);
    const joint = intervals.reduce<Interval | null>((acc, i) => (acc === null ? null : intersect(acc, i)), intervals[0]!);
    // A report whose own figures cannot all be true (a toll updated further down, a figure
    // for a different day) is held to the one it gives first, which its lead states.
    if (joint === null) return { report: s.report, interval: intervals[0]!, shown: s.claims[0]! };
    const shown = s.claims.find((c) => isPoint(intervalOf(c))) ?? s.claims[0]!;
    return { report: s.report, interval: joint, shown };
  });
  const claims = facts.map((f) => base(reports[f.report]!, f.shown, null));
  const said = (i: number): string => `${claims[i]!.text} (${reports[facts[i]!.report]!.path})`;
  if (facts.length === 1) return finding(a, reports, 'only-one', claims, `only ${reports[facts[0]!.report]!.path} gives a figure`);
  let common: Interval | null = facts[0]!.interval;
  for (const f of facts.slice(1)) common = common === null ? null : intersect(common, f.interval);
  if (common !== null) {
    const exact = facts.every((f) => isPoint(f.interval) && f.interval.low === facts[0]!.interval.low);
    const shownExact = facts.every((f) => isPoint(intervalOf(f.shown)));
    if (exact && shownExact) return finding(a, reports, 'agree', claims, `all give ${formatValue(facts[0]!.interval.low!)}`);
    return finding(a, reports, 'compatible', claims, `the figures can all be true: ${facts.map((_, i) => said(i)).join(', ')}`);
  }
  if (tolerance > 0 && facts.every((f) => isPoint(f.interval))) {
    const values = facts.map((f) => f.interval.low!);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    if (hi - lo <= tolerance * Math.max(Math.abs(hi), Math.abs(lo))) {
      return finding(a, reports, 'agree', claims, `within the ${formatValue(tolerance * 100)}% tolerance: ${facts.map((_, i) => said(i)).join(', ')}`);
    }
  }
  // A group holds when some value fits every figure in it: its state is where they meet.
  const minority = minorityOf<Interval>(facts.length, (i) => intervalKey(facts[i]!.interval), (i) => facts[i]!.interval, (meet, k) => intersect(meet, facts[k]!.interval));
  const note = `no value fits all reports: ${facts.map((_, i) => said(i)).join(' vs ')}`;
  return finding(a, reports, 'conflict', claims, note, minority.map((i) => facts[i]!.report));
}

function formatValue(v: number): string {
  return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
}

// ---------------------------------------------------------------- people

/** The titles one side gives a person, as written, each once, in text order. */
function titlesOf(mentions: readonly PersonClaim[]): string[] {
  const titles: string[] = [];
  for (const m of mentions) if (m.title !== null && !titles.includes(m.title)) titles.push(m.title);
  return titles;
}

function judgePerson(a: Alignment, reports: readonly Report[]): Finding {
  const sides = sidesOf<PersonClaim>(a);
  const titles = sides.map((s) => titlesOf(s.claims));
  const claims = sides.map((s, i) => {
    const shown = s.claims.find((m) => m.title !== null) ?? s.claims.find((m) => m.name === s.identity) ?? s.claims[0]!;
    return base(reports[s.report]!, shown, titles[i]!.join('; ') || null);
  });
  if (sides.length === 1) return finding(a, reports, 'only-one', claims, `named only in ${reports[sides[0]!.report]!.path}`);
  if (a.spellingDiffers) {
    const names = [...new Set(sides.map((s) => s.identity!))];
    const identity = (i: number): string => sides[i]!.identity!;
    const minority = minorityOf(sides.length, identity, identity, (name, k) => (identity(k) === name ? name : null));
    return finding(a, reports, 'conflict', claims, `name spelled differently: ${names.join(' / ')}`,
      minority.map((i) => sides[i]!.report), wordDiff(names[0]!, names[1] ?? names[0]!));
  }
  // Sides with the same titles in the same order say the same: conflicts are worked out
  // once for each two of them.
  const sort = (i: number): string => titles[i]!.join('\u0000');
  const conflicts = new Map<string, TitleConflict | null>();
  const conflict = (i: number, j: number): TitleConflict | null => {
    const key = `${sort(i)}\u0001${sort(j)}`;
    let why = conflicts.get(key);
    if (why === undefined) conflicts.set(key, (why = titleConflict(titles[i]!, titles[j]!)));
    return why;
  };
  // The first two sides in conflict. A side whose titles an earlier side had conflicts with
  // none after it, if that earlier one did not.
  let reason: TitleConflict | null = null;
  const tried = new Set<string>();
  for (let i = 0; i < sides.length && reason === null; i++) {
    if (tried.has(sort(i))) continue;
    tried.add(sort(i));
    for (let j = i + 1; j < sides.length && reason === null; j++) reason = conflict(i, j);
  }
  if (reason) {
    // A group's state: one side of each sort of titles in it.
    const minority = minorityOf<number[]>(sides.length, sort, (i) => [i], (members, k) =>
      members.every((g) => conflict(g, k) === null) ? (members.some((g) => sort(g) === sort(k)) ? members : [...members, k]) : null);
    return finding(a, reports, 'conflict', claims, `title differs: "${reason.a}" vs "${reason.b}" (${reason.why})`,
      minority.map((i) => sides[i]!.report), wordDiff(reason.a, reason.b));
  }
  const titled = titles.filter((t) => t.length > 0).length;
  return finding(a, reports, 'agree', claims, titled > 1 ? 'same person; titles agree' : 'same person');
}

// ---------------------------------------------------------------- quotes

function judgeQuote(a: Alignment, reports: readonly Report[]): Finding {
  const sides = sidesOf<QuoteClaim>(a);
  // A side quoting the passage in pieces: the pieces in order, words left out between.
  const quoted = (s: Side<QuoteClaim>): string => s.claims.map((c) => c.words).join(' … ');
  const claims = sides.map((s) => ({ ...base(reports[s.report]!, s.claims[0]!, s.identity), text: quoted(s) }));
  if (sides.length === 1) {
    return finding(a, reports, 'only-one', claims, `quoted only in ${reports[sides[0]!.report]!.path}`);
  }
  // Misattribution needs two names written in attributions: a speaker found through a
  // pronoun, a role or the quote before, an unnamed source or none never contradicts one;
  // nor does a person contradict an organisation (its executive speaks for it).
  const named = namedSpeakers(sides);
  const speakers = sides.map((s) => (named.kinds.get(s) !== undefined ? named.names.find((n) => sameSpeaker(n, s.identity!)) ?? s.identity : null));
  const words = sides.map(quoted);
  if (named.names.length > 1) {
    // A group's state: the one speaker its quotes are given to, or '' while none is named.
    const speaker = (i: number): string => speakers[i] ?? '';
    const minority = minorityOf(sides.length, speaker, speaker, (given, k) =>
      speaker(k) === '' || speaker(k) === given ? given : given === '' ? speaker(k) : null);
    return finding(a, reports, 'misattributed', claims, `the same words are given to ${named.names.join(' and ')}`,
      minority.map((i) => sides[i]!.report), null);
  }
  const folded = words.map((w) => quoteWords(w).join(' '));
  const differing = folded.findIndex((w) => w !== folded[0]);
  // "data center" / "datacenter": the same letters, spaced otherwise.
  if (differing < 0 || folded.every((w) => w.replace(/ /g, '') === folded[0]!.replace(/ /g, ''))) return finding(a, reports, 'agree', claims, 'same words');
  // A verbatim excerpt of a longer passage is the same quote: "still searching the building"
  // inside "We are still searching the building, and we expect the toll to rise"; so is one
  // with words left out ("…") or an editor's words added in brackets.
  const longest = folded.reduce((x, y) => (y.length > x.length ? y : x));
  // Each piece a side quotes apart is checked on its own: a report may quote two parts of a
  // passage in another order, or one part twice (a phrase in the lead, the sentence later).
  if (sides.every((s) => s.claims.every((c) => isExcerpt(c.words, longest)))) {
    return finding(a, reports, 'agree', claims, 'same words; one report quotes a longer passage');
  }
  return finding(a, reports, 'reworded', claims, `the quote's wording differs`, [], wordDiff(words[0]!, words[differing]!));
}

/**
 * The sides whose speaker is named in the attribution, and the names: people when two or
 * more people are named, else organisations; a side of the other kind does not count.
 */
function namedSpeakers(sides: readonly Side<QuoteClaim>[]): { kinds: Map<Side<QuoteClaim>, string>; names: string[] } {
  const kinds = new Map<Side<QuoteClaim>, string>();
  for (const s of sides) if (s.identity !== null && namedInAttribution(s.claims[0]!)) kinds.set(s, s.claims[0]!.speakerKind!);
  // One speaker written two ways counts once, the first way it is written.
  const of = (kind: string): string[] => {
    const out: string[] = [];
    for (const s of sides) if (kinds.get(s) === kind && !out.some((n) => sameSpeaker(n, s.identity!))) out.push(s.identity!);
    return out;
  };
  const kind = of('person').length > 1 ? 'person' : 'organisation';
  for (const [s, k] of kinds) if (k !== kind) kinds.delete(s);
  return { kinds, names: of(kind) };
}

/**
 * Whether two speakers as the sides name them are one: the same name; a joint statement
 * and one of its speakers ("Ana Ruiz and Ivo Marek" / "Ana Ruiz"); a body with or without
 * its article or a qualifier ("The White House" / "the White House", "the Harwick Chamber of
 * Commerce" / "the Chamber of Commerce": the words of the shorter name, two at least, all in
 * the longer).
 */
function sameSpeaker(x: string, y: string): boolean {
  if (x === y || jointly(x).includes(y) || jointly(y).includes(x)) return true;
  const [a, b] = [bodyWords(x), bodyWords(y)].sort((p, q) => p.length - q.length) as [string[], string[]];
  return a.join(' ') === b.join(' ') || (a.length >= 2 && a.every((w) => b.includes(w)));
}

/** The speakers a joint attribution names ("Ana Ruiz and Ivo Marek" → both), or the one. */
function jointly(name: string): string[] {
  return name.split(/\s+and\s+/);
}

/** A body's name folded for comparison: lower case, no dots, no article or "of"/"for". */
function bodyWords(name: string): string[] {
  return name.toLowerCase().replace(/\./g, '').split(/[\s,]+/).filter((w) => w !== '' && !/^(?:the|a|an|of|for|and|&)$/.test(w));
}

/**
 * Whether quoted words, read without an editor's bracketed insertions ("[police]",
 * "(rule)"), are a contiguous run of `whole` (folded words), or runs of it in order where
 * they mark words left out ("…", "...").
 */
function isExcerpt(words: string, whole: string): boolean {
  const pieces = words
    .replace(/\[[^\]]*\]|\([^)]*\)/g, ' ')
    .split(/\.{3}|…/)
    .map((p) => quoteWords(p).join(' '))
    .filter((p) => p !== '');
  let from = 0;
  const padded = ` ${whole} `;
  for (const piece of pieces) {
    const at = padded.indexOf(` ${piece} `, from);
    if (at < 0) return false;
    from = at + piece.length + 1;
  }
  return pieces.length > 0;
}

// ---------------------------------------------------------------- diffs

/** Quotes and titles are short; longer texts are cut before diffing so cost stays bounded. */
const MAX_DIFF_CHARS = 2000;

/** Word-level diff of two short texts. */
export function wordDiff(a: string, b: string): DiffPart[] {
  return diffWords(a.slice(0, MAX_DIFF_CHARS), b.slice(0, MAX_DIFF_CHARS)).map((c) => ({
    op: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
}
