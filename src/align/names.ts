/**
 * Who is who: person mentions → people, within and across reports.
 *
 * Within a report, "Kovacs" and "Mayor Kovacs" join "Anna Kovacs"
 * (surname of exactly one full name). Across reports, the same folded full name is the
 * same person; so are names that share one part and spell the other nearly alike
 * ("Kathryn Smith" / "Katherine Smith"), which is then a spelling difference worth
 * reporting.
 */
import type { PersonClaim } from '../types.js';

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
}

/** A person across reports: at most one entity per report. */
export interface Person {
  /** Display name: the longest full name any report uses. */
  readonly name: string;
  /** Entity per report index (undefined when the report never names them). */
  readonly entities: readonly (Entity | undefined)[];
  /** True when two reports spell the name differently. */
  readonly spellingDiffers: boolean;
}

/** Lower case, accents and apostrophes removed: "Erdoğan" → "erdogan". */
export function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’`]/g, '').toLowerCase();
}

function partsOf(name: string): string[] {
  return fold(name).split(/[\s.]+/).filter((p) => p !== '');
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
    owner.set(key, roots.length === 1 ? roots[0]! : key);
  }
  const grouped = new Map<string, PersonClaim[]>();
  for (const key of keys) {
    const root = owner.get(key)!;
    grouped.set(root, [...(grouped.get(root) ?? []), ...full.get(key)!]);
  }
  return [...grouped.entries()].map(([root, ms]) => {
    const sorted = [...ms].sort((a, b) => a.span.start - b.span.start);
    const longest = sorted.reduce((best, m) => (partsOf(m.name).length > partsOf(best.name).length ? m : best), sorted[0]!);
    return { report, name: longest.name, parts: partsOf(longest.name), mentions: sorted };
  }).sort((a, b) => a.mentions[0]!.span.start - b.mentions[0]!.span.start);
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
    if (x[0] === y[0] || x.length !== y.length) return 'same';
    return close(x[0]!, y[0]!) ? 'spelling' : null;
  }
  if (x[0] === y[0] && x.length === y.length && lastX.length >= 4 && close(lastX, lastY)) return 'spelling';
  return null;
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

/** Groups the entities of all reports into people, in order of first appearance. */
export function resolvePeople(perReport: readonly (readonly Entity[])[]): Person[] {
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

/** The person a name written in report `report` refers to, if any. */
export function personNamed(people: readonly Person[], report: number, name: string): Person | null {
  const key = partsOf(name).join(' ');
  for (const p of people) {
    const e = p.entities[report];
    if (e && e.mentions.some((m) => partsOf(m.name).join(' ') === key)) return p;
  }
  return null;
}
