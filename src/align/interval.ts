/**
 * Intervals of allowed values, as hedged numbers state them. "at least 25" is [25, ∞),
 * "more than 25" is (25, ∞), "25" is [25, 25]. Two claims are compatible when their
 * intervals meet.
 */
import type { NumberClaim } from '../types.js';

/** An interval; null bounds are unbounded. */
export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
}

/** The interval a number claim allows. */
export function intervalOf(c: NumberClaim): Interval {
  return { low: c.low, high: c.high, lowOpen: c.lowOpen, highOpen: c.highOpen };
}

/** The values both intervals allow, or null when none. */
export function intersect(a: Interval, b: Interval): Interval | null {
  const [low, lowOpen] = maxBound(a.low, a.lowOpen, b.low, b.lowOpen);
  const [high, highOpen] = minBound(a.high, a.highOpen, b.high, b.highOpen);
  if (low !== null && high !== null) {
    if (low > high) return null;
    if (low === high && (lowOpen || highOpen)) return null;
  }
  return { low, high, lowOpen, highOpen };
}

/** True when the interval is one exact value. */
export function isPoint(i: Interval): boolean {
  return i.low !== null && i.low === i.high && !i.lowOpen && !i.highOpen;
}

function maxBound(a: number | null, ao: boolean, b: number | null, bo: boolean): [number | null, boolean] {
  if (a === null) return [b, bo];
  if (b === null) return [a, ao];
  if (a === b) return [a, ao || bo];
  return a > b ? [a, ao] : [b, bo];
}

function minBound(a: number | null, ao: boolean, b: number | null, bo: boolean): [number | null, boolean] {
  if (a === null) return [b, bo];
  if (b === null) return [a, ao];
  if (a === b) return [a, ao || bo];
  return a < b ? [a, ao] : [b, bo];
}
