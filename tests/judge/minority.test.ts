/**
 * minorityOf grows one group per sort of side; the version it replaced grew one from every
 * side and tested each candidate against every member. Both must name the same minority.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersect, type Interval } from '../../src/align/index.js';
import { minorityOf } from '../../src/judge/index.js';

/** The version before: every side a seed, every member asked. */
function everySeed(count: number, fits: (i: number, group: readonly number[]) => boolean): number[] {
  let best: number[] = [];
  for (let seed = 0; seed < count; seed++) {
    const group = [seed];
    for (let k = 0; k < count; k++) if (k !== seed && fits(k, group)) group.push(k);
    if (group.length > best.length) best = group;
  }
  if (count < 3 || best.length * 2 <= count) return [];
  return Array.from({ length: count }, (_, i) => i).filter((i) => !best.includes(i));
}

describe('minorityOf', () => {
  it('names the minority every-seed growth names, for any compatibility between sorts', () => {
    // Sides of up to 5 sorts; any symmetric relation between sorts, each sort at one with itself.
    const cases = fc.record({
      sorts: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 14 }),
      relation: fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
    });
    fc.assert(fc.property(cases, ({ sorts, relation }) => {
      const ok = (a: number, b: number): boolean => a === b || relation[Math.min(a, b) * 5 + Math.max(a, b)]!;
      const before = everySeed(sorts.length, (k, group) => group.every((g) => ok(sorts[g]!, sorts[k]!)));
      const now = minorityOf<number[]>(sorts.length, (i) => String(sorts[i]), (i) => [sorts[i]!], (members, k) =>
        members.every((s) => ok(s, sorts[k]!)) ? (members.includes(sorts[k]!) ? members : [...members, sorts[k]!]) : null);
      expect(now).toEqual(before);
    }), { numRuns: 2000 });
  });
  it('names the minority every-seed growth names, for figures that must meet', () => {
    const interval = fc.record({ low: fc.constantFrom(null, 20, 22, 25), high: fc.constantFrom(null, 22, 25, 30), lowOpen: fc.boolean(), highOpen: fc.boolean() });
    fc.assert(fc.property(fc.array(interval, { maxLength: 14 }), (facts: Interval[]) => {
      const before = everySeed(facts.length, (k, group) => {
        let i: Interval | null = facts[k]!;
        for (const g of group) i = i === null ? null : intersect(i, facts[g]!);
        return i !== null;
      });
      const now = minorityOf<Interval>(facts.length, (i) => JSON.stringify(facts[i]), (i) => facts[i]!, (meet, k) => intersect(meet, facts[k]!));
      expect(now).toEqual(before);
    }), { numRuns: 2000 });
  });
});
