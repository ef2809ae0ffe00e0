/**
 * Who is who: person mentions → people, within and across reports.
 *
 * Within a report, "Kovacs" and "Mayor Kovacs" join "Anna Kovacs"
 * (surname of exactly one full name). Across reports, one surname with the same given
 * name is one person, however the rest is written: "L. Anna Kovacs" / "Anna Kovacs",
 * "Stan Vilko" / "Stanley Vilko" (a familiar form, given-names.ts). Names that share one
 * part and spell the other nearly alike ("Kathryn Smith" / "Katherine Smith", "Maria
 * Lind-Berg" / "Maria Berg"), or share a surname and an office under two given names
 * ("J. Edwin Vask, FBI director" / "Hugo Vask, the FBI director"), are one person
 * whose name the reports write differently: worth reporting.
 */
import type { PersonClaim } from '../types.js';
import { sameOffice, sameSingleOffice } from '../titles/index.js';
import { sameGivenName } from './given-names.js';

/** A person as one report names them. */
export interface Entity {
  /** Index of the report. */
  readonly report: number;
  /** The longest name the report uses for them. */
  readonly name: string;
  /** Folded name parts of `name`. */
  readonly parts: readonly string[];
  /** Every mention, in text order. */
  readonly mentions: readonly PersonClaim[];
  /** The titles the mentions carry, as written, each once. */
  readonly titles: readonly string[];
}

/** A person across reports: at most one entity per report. */
export interface Person {
  /** Display name: the longest full name any report uses. */
  readonly name: string;
  /** Their entities, in report order: at most one per report, none for a report that never names them. */
  readonly entities: readonly Entity[];
  /** True when two reports spell the name differently. */
  readonly spellingDiffers: boolean;
}

/** Lower case, accents and apostrophes removed: "Erdoğan" → "erdogan". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’`]/g, '').toLowerCase();
}

/** Generational suffixes: "Tomas Brandt Jr." is Tomas Brandt, his surname Brandt. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function partsOf(name: string): string[] {
  const parts = fold(name).split(/[\s.,]+/).filter((p) => p !== '');
  while (parts.length > 1 && SUFFIXES.has(parts[parts.length - 1]!)) parts.pop();
  return parts;
}

/** Groups one report's mentions into entities. */
export function entitiesOf(report: number, mentions: readonly PersonClaim[]): Entity[] {
  const full = new Map<string, PersonClaim[]>();
  for (const m of mentions) {
    const key = partsOf(m.name).join(' ');
    if (key === '') continue;
    full.set(key, [...(full.get(key) ?? []), m]);
  }
  // Code-unit order, not localeCompare: the keys are folded already, and the first
  // localeCompare of a process costs about 7 ms to set up ICU's collator.
  const keys = [...full.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0));
  const owner = new Map<string, string>();
  for (const key of keys) {
    const parts = key.split(' ');
    // A shorter name joins the single longer name that ends (or starts) with it.
    const longer = keys.filter((k) => k !== key && k.split(' ').length > parts.length && (k.endsWith(` ${key}`) || k.startsWith(`${key} `)));
    const roots = [...new Set(longer.map((k) => owner.get(k) ?? k))];
    owner.set(key, roots.length === 1 ? roots[0]! : mainBearer(key, roots, full) ?? key);
  }
  const grouped = new Map<string, PersonClaim[]>();
  for (const key of keys) {
    const root = owner.get(key)!;
    grouped.set(root, [...(grouped.get(root) ?? []), ...full.get(key)!]);
  }
  return [...grouped.entries()].map(([root, ms]) => {
    const sorted = [...ms].sort((a, b) => a.span.start - b.span.start);
    const longest = sorted.reduce((best, m) => (partsOf(m.name).length > partsOf(best.name).length ? m : best), sorted[0]!);
    const titles = [...new Set(sorted.flatMap((m) => (m.title === null ? [] : [m.title])))];
    return { report, name: longest.name, parts: partsOf(longest.name), mentions: sorted, titles };
  }).sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
}

/**
 * A surname (or a shorter name) written alone when the report names several people who bear
 * it ("Ruiz" beside "Ana M. Ruiz", "Pablo Ruiz", "Ana Ruiz Jr."): news copy names the story's own person first
 * and relatives in full after, so the bare surname is the one named first, if that one
 * comes before the bare surname does.
 */
function mainBearer(key: string, roots: readonly string[], full: ReadonlyMap<string, readonly PersonClaim[]>): string | null {
  if (!roots.every((r) => r.endsWith(` ${key}`) || r.startsWith(`${key} `))) return null;
  const firstAt = (k: string): number => Math.min(...(full.get(k) ?? []).map((m) => m.span.start));
  const earliest = [...roots].sort((a, b) => firstAt(a) - firstAt(b))[0]!;
  return firstAt(earliest) < firstAt(key) ? earliest : null;
}

/** How two entities from different reports relate: same person, same with a spelling difference, or not. */
export function sameness(a: Entity, b: Entity): 'same' | 'spelling' | null {
  const x = a.parts;
  const y = b.parts;
  if (x.join(' ') === y.join(' ')) return 'same';
  const lastX = x[x.length - 1]!;
  const lastY = y[y.length - 1]!;
  if (x.length === 1 || y.length === 1) {
    const short = x.length === 1 ? lastX : lastY;
    const long = x.length === 1 ? y : x;
    if (long[long.length - 1] === short) return 'same';
    if (short.length >= 5 && close(short, long[long.length - 1]!)) return 'spelling';
    return null;
  }
  if (lastX === lastY) {
    const gx = givenNames(x);
    const gy = givenNames(y);
    // Initials only on one side ("J. Vask"): nothing to compare but the initial.
    if (gx.length === 0 || gy.length === 0) return initialsAgree(x, y) ? 'same' : null;
    if (gx.some((g) => gy.some((h) => sameGivenName(g, h)))) return 'same';
    if (close(gx[0]!, gy[0]!)) return 'spelling';
    return sameOffice(a.titles, b.titles) ? 'spelling' : null;
  }
  // "Maria Lind-Berg" / "Maria Berg": one part of a double surname.
  if (sameGivenName(x[0]!, y[0]!) && (lastX.split('-').includes(lastY) || lastY.split('-').includes(lastX))) return 'spelling';
  if (x[0] === y[0] && x.length === y.length && lastX.length >= 4 && close(lastX, lastY)) return 'spelling';
  // "A.J. Vask" and "A.J. Lund", each the Harwick club's general manager: one office of one
  // holder, one given name, the surname written two ways.
  if (x.length === y.length && givenKey(x) === givenKey(y) && sameSingleOffice(a.titles, b.titles)) return 'spelling';
  return null;
}

/** The given names and initials of folded name parts, as one key ("a j" for "A.J. Vask"). */
function givenKey(parts: readonly string[]): string {
  return parts.slice(0, -1).join(' ');
}

/** The given names of folded name parts, initials left out: "l patrick gray" → ["patrick"]. */
function givenNames(parts: readonly string[]): string[] {
  return parts.slice(0, -1).filter((p) => p.length > 1);
}

/** Whether the first letters of two names' given names can be the same person's ("J. Vask", "John Vask"). */
function initialsAgree(x: readonly string[], y: readonly string[]): boolean {
  return x.length < 2 || y.length < 2 || x[0]![0] === y[0]![0] || x.slice(0, -1).some((p) => y.slice(0, -1).some((q) => p[0] === q[0]));
}

/** What `sameness` reads of an entity: its name parts and its titles. */
function formOf(e: Entity): string {
  return `${e.parts.join(' ')}\u0000${e.titles.join('\u0001')}`;
}

/** Near spellings of one name: small edit distance relative to length, same first letter. */
function close(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  return distance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Groups the entities of all reports into people, in order of first appearance. An entity
 * joins the first person with an entity the same (`sameness`), or failing that the first
 * one spelt nearly alike, and never a person its own report has already named.
 *
 * Only people that can answer are asked: every answer other than null comes from two last
 * name parts that are equal ("same" always, "spelling" when the first names differ) or
 * near spellings, and near spellings start with the same letter; or from one office of one
 * holder under the same given names. So people are kept by the last parts of their
 * entities, by the first letter of them, and by the given names their first entity bears.
 * Cost grows with the people who share a surname, its initial or given names, not with
 * everyone in a large story.
 */
export function resolvePeople(perReport: readonly (readonly Entity[])[]): Person[] {
  interface Found {
    readonly order: number;
    /** The entities, in report order (reports are read in order). */
    readonly present: Entity[];
    /** One entity for each way of writing the name and titles: all `sameness` reads. */
    readonly forms: Map<string, Entity>;
    spelling: boolean;
  }
  const people: Found[] = [];
  const bySurname = new Map<string, Found[]>();
  const byInitial = new Map<string, Found[]>();
  const byGiven = new Map<string, Found[]>();
  /** Files `p` under `key`, keeping each list in order of first appearance. */
  const file = (index: Map<string, Found[]>, key: string, p: Found): void => {
    const list = index.get(key);
    if (list === undefined) return void index.set(key, [p]);
    if (list.includes(p)) return;
    let at = list.length;
    while (at > 0 && list[at - 1]!.order > p.order) at--;
    list.splice(at, 0, p);
  };
  /** The first person of `candidates` (in order of first appearance) with an entity `how` to `e`. */
  const first = (candidates: readonly Found[] | undefined, e: Entity, how: 'same' | 'spelling'): Found | null => {
    for (const p of candidates ?? []) {
      if (p.present[p.present.length - 1]!.report === e.report) continue; // one entity per report
      for (const other of p.forms.values()) if (sameness(other, e) === how) return p;
    }
    return null;
  };
  for (const entities of perReport) {
    for (const e of entities) {
      const surname = e.parts[e.parts.length - 1] ?? '';
      // A double surname ("jones-drew") is also looked for by its parts' initials.
      const initials = [...new Set(surname.split('-').map((p) => p.slice(0, 1)))];
      const same = first(bySurname.get(surname), e, 'same');
      const given = e.parts.length > 1 ? givenKey(e.parts) : null;
      const found = same ?? initials.map((i) => first(byInitial.get(i), e, 'spelling')).find((p) => p !== null) ??
        (given !== null ? first(byGiven.get(given), e, 'spelling') : null);
      if (found !== null) {
        found.present.push(e);
        if (!found.forms.has(formOf(e))) found.forms.set(formOf(e), e);
        if (same === null) found.spelling = true;
        file(bySurname, surname, found);
      } else {
        const p: Found = { order: people.length, present: [e], forms: new Map([[formOf(e), e]]), spelling: false };
        people.push(p);
        file(bySurname, surname, p);
        for (const i of initials) file(byInitial, i, p);
        if (given !== null) file(byGiven, given, p);
      }
    }
  }
  return people.map((p) => {
    const name = p.present.reduce((best, e) => (e.parts.length > partsOf(best).length ? e.name : best), p.present[0]!.name);
    return { name, entities: p.present, spellingDiffers: p.spelling };
  });
}

/**
 * The name a person goes by in one report, for telling speakers apart: the display name,
 * unless that report writes another surname, not a near spelling of it ("A.J. Lund" for the
 * club manager others call "A.J. Vask"): the same words given to each are misattributed.
 */
export function identityIn(person: Person, report: number): string {
  const own = person.entities.find((e) => e.report === report);
  if (own === undefined) return person.name;
  const shown = partsOf(person.name);
  const a = shown[shown.length - 1]!;
  const b = own.parts[own.parts.length - 1]!;
  return a === b || close(a, b) || a.split('-').includes(b) || b.split('-').includes(a) ? person.name : own.name;
}

/**
 * A lookup of the person a name written in a report refers to: the first person (in order
 * of first appearance) whose entity in that report has a mention of that name, or null.
 */
export function personLookup(people: readonly Person[]): (report: number, name: string) => Person | null {
  const byName = new Map<string, Person>();
  for (const p of people) {
    for (const e of p.entities) {
      for (const m of e.mentions) {
        const key = `${e.report} ${partsOf(m.name).join(' ')}`;
        if (!byName.has(key)) byName.set(key, p);
      }
    }
  }
  return (report, name) => byName.get(`${report} ${partsOf(name).join(' ')}`) ?? null;
}
