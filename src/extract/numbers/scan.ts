/**
 * The number scanner: finds every number mention in a piece of text and resolves its
 * value, without deciding what it counts (measure.ts does that). Hand-written rather
 * than compromise's `.numbers()` because that misses hyphenated compounds ("28-point"),
 * attached magnitudes ("$137m"), hedges and vague plurals ("dozens of").
 *
 * Linear in the text: one lexing pass, then a left-to-right parse that never backtracks
 * more than a few tokens.
 */
import {
  COUNT_NOUNS, CURRENCY_PREFIXES, CURRENCY_WORDS, HALVING, HEDGES, MAGNITUDE_SUFFIXES,
  MONTHS, ORDINAL_WORDS, SCALES, TENS, TIME_WORDS, UNITS, VAGUE_PLURALS, type HedgeShape,
} from './lexicon.js';
import type { NumberUnit } from '../../types.js';

/** A lexical token of the scanner. */
export interface Lex {
  readonly kind: 'num' | 'word' | 'sym' | 'dash' | 'punct';
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

/** Why a number is not a claim on its own, when the scanner can tell. */
export type NumberRole = 'date' | 'year' | 'time' | 'name' | null;

/** One number as written, with its resolved value. Offsets are relative to the scanned text. */
export interface NumberMention {
  /** Start of the mention, including its hedge or currency sign. */
  readonly start: number;
  /** End of the mention, including its unit suffix. */
  readonly end: number;
  /** Index of the first lexical token after the mention. */
  readonly nextLex: number;
  /** Index of the first lexical token of the mention. */
  readonly firstLex: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
  readonly unit: NumberUnit;
  readonly hedge: string | null;
  /** True for "halve/halving": a 50% cut. */
  readonly halving: boolean;
  /** True when the number was written in words ("three"). */
  readonly inWords: boolean;
  /** Date, year, time or name part, when the neighbourhood says so. */
  readonly role: NumberRole;
}

const LEX = new RegExp(
  [
    '(?<num>\\d+(?:[,\\u00a0\\u202f]\\d{3})*(?:\\.\\d+)?)',
    "(?<word>\\p{L}(?:\\.\\p{L})+\\.?|\\p{L}+(?:['’]\\p{L}+)*)",
    '(?<sym>[$€£¥₹₴₽%~≈])',
    '(?<dash>[-‐‑‒–—])',
    '(?<punct>[^\\s])',
  ].join('|'),
  'gu',
);

/** Splits text into the scanner's tokens. */
export function lex(text: string): Lex[] {
  const out: Lex[] = [];
  LEX.lastIndex = 0;
  for (let m = LEX.exec(text); m !== null; m = LEX.exec(text)) {
    const g = m.groups!;
    const kind = g.num !== undefined ? 'num' : g.word !== undefined ? 'word' : g.sym !== undefined ? 'sym' : g.dash !== undefined ? 'dash' : 'punct';
    out.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const HEDGE_TABLE = HEDGES.map(([phrase, shape]) => ({ words: phrase.split(' '), phrase, shape }));
const VAGUE_TABLE = Object.entries(VAGUE_PLURALS)
  .map(([phrase, range]) => ({ words: phrase.split(' '), phrase, range }))
  .sort((a, b) => b.words.length - a.words.length);

/** Finds every number mention in `text`. */
export function scanNumbers(text: string): NumberMention[] {
  const toks = lex(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = parseAt(toks, i);
    if (found) {
      out.push({ ...found, role: roleOf(toks, found) });
      i = Math.max(found.nextLex, i + 1);
    } else {
      i++;
    }
  }
  return out;
}

type Parsed = Omit<NumberMention, 'role'>;

interface Core {
  value: number;
  next: number;
  unit: NumberUnit;
  inWords: boolean;
  /** A magnitude was written ("m", "million"), so a range partner may share it. */
  scaled: boolean;
}

function parseAt(toks: Lex[], i: number): Parsed | null {
  const first = toks[i]!;
  if (first.kind === 'word' && HALVING.test(first.text)) {
    return {
      start: first.start, end: first.end, firstLex: i, nextLex: i + 1, value: 50, low: 50, high: 50,
      lowOpen: false, highOpen: false, unit: 'percent', hedge: null, halving: true, inWords: true,
    };
  }
  let j = i;
  let hedge: { phrase: string; shape: HedgeShape } | null = null;
  for (const h of HEDGE_TABLE) {
    const after = matchWords(toks, j, h.words);
    if (after !== null) {
      hedge = h;
      j = after;
      break;
    }
  }
  const vague = matchVague(toks, j);
  if (vague) {
    const v = vague;
    return {
      start: first.start, end: toks[v.next - 1]!.end, firstLex: i, nextLex: v.next, value: null,
      low: v.range[0], high: v.range[1], lowOpen: false, highOpen: false, unit: 'count',
      hedge: hedge ? `${hedge.phrase} ${v.phrase}` : v.phrase, halving: false, inWords: true,
    };
  }
  let between = false;
  if (toks[j]?.lower === 'between' && hedge === null) {
    between = true;
    j++;
  }
  const currency = parseCurrencyPrefix(toks, j);
  if (currency) j = currency.next;
  const core = parseCore(toks, j);
  if (!core) return null;
  let unit: NumberUnit = currency ? `currency:${currency.code}` : core.unit;
  let k = core.next;
  const suffix = parseUnitSuffix(toks, k);
  if (suffix && !currency) {
    unit = suffix.unit;
    k = suffix.next;
  } else if (suffix && suffix.unit.startsWith('currency')) {
    k = suffix.next;
  }
  let low = core.value;
  let high = core.value;
  let value: number | null = core.value;
  // Ranges: "8 to 10", "8-10", "between 8 and 10", "20-30%", "$5-10m".
  const joiner = toks[k];
  const joins =
    joiner &&
    ((joiner.kind === 'dash' && adjacentish(toks, k - 1, k)) ||
      (between && joiner.lower === 'and') ||
      (!between && joiner.lower === 'to'));
  // "from 10 to 20" is a change between two values, not a range.
  const change = toks[i - 1]?.lower === 'from';
  if (joins && hedge === null && !(change && joiner.lower === 'to')) {
    const secondCurrency = parseCurrencyPrefix(toks, k + 1);
    const second = parseCore(toks, secondCurrency ? secondCurrency.next : k + 1);
    if (second && second.value > core.value && second.unit === core.unit) {
      let end = second.next;
      const secondSuffix = parseUnitSuffix(toks, end);
      if (secondSuffix) {
        if (!currency) unit = secondSuffix.unit;
        end = secondSuffix.next;
      }
      const scale = second.scaled && !core.scaled ? magnitudeOf(toks, second) : 1;
      low = core.value * scale;
      high = second.value;
      value = null;
      k = end;
    }
  }
  const shaped = shape(hedge?.shape ?? null, value, low, high, unit);
  return {
    start: first.start, end: toks[k - 1]!.end, firstLex: i, nextLex: k, ...shaped, unit,
    hedge: hedge?.phrase ?? (between ? 'between' : null), halving: false, inWords: core.inWords,
  };
}

function shape(
  hedge: HedgeShape | null, value: number | null, low: number, high: number, unit: NumberUnit,
): Pick<Parsed, 'value' | 'low' | 'high' | 'lowOpen' | 'highOpen'> {
  const v = value ?? high;
  const integer = unit === 'count' || unit === 'ordinal';
  const round = (x: number): number => (integer ? Math.round(x) : Number(x.toPrecision(12)));
  switch (hedge) {
    case null:
      return { value, low, high, lowOpen: false, highOpen: false };
    case 'min':
      return { value, low: v, high: null, lowOpen: false, highOpen: false };
    case 'above':
      return { value, low: v, high: null, lowOpen: true, highOpen: false };
    case 'max':
      return { value, low: 0, high: v, lowOpen: false, highOpen: false };
    case 'below':
      return { value, low: 0, high: v, lowOpen: false, highOpen: true };
    case 'nearly':
      return { value, low: round(v * 0.9), high: v, lowOpen: false, highOpen: true };
    case 'about':
      return { value, low: round(v * 0.9), high: round(v * 1.1), lowOpen: false, highOpen: false };
    default: {
      const never: never = hedge;
      return never;
    }
  }
}

function matchWords(toks: Lex[], i: number, words: readonly string[]): number | null {
  let j = i;
  for (const w of words) {
    const t = toks[j];
    if (!t) return null;
    if (w === '~' || w === '≈') {
      if (t.text !== w) return null;
    } else if (w.endsWith('.')) {
      if (t.lower !== w.slice(0, -1) || toks[j + 1]?.text !== '.') return null;
      j++;
    } else if (t.lower !== w) {
      return null;
    }
    j++;
  }
  return j;
}

function matchVague(toks: Lex[], i: number): { next: number; phrase: string; range: readonly [number, number] } | null {
  for (const v of VAGUE_TABLE) {
    const after = matchWords(toks, i, v.words);
    if (after === null) continue;
    const of = toks[after]?.lower === 'of';
    // "scores" and "millions" are too often nouns of their own without "of".
    if (!of && (v.phrase === 'scores' || v.phrase === 'millions' || v.phrase === 'billions')) return null;
    return { next: after, phrase: v.phrase, range: v.range };
  }
  return null;
}

function parseCurrencyPrefix(toks: Lex[], i: number): { code: string; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  const n = toks[i + 1];
  if ((t.text === 'US' || t.text === 'A' || t.text === 'C') && n?.text === '$' && n.start === t.end) {
    return { code: CURRENCY_PREFIXES[`${t.text}$`]!, next: i + 2 };
  }
  const code = CURRENCY_PREFIXES[t.text];
  if (code === undefined) return null;
  const after = toks[i + 1];
  if (!after || (after.kind !== 'num' && !(after.lower in UNITS))) return null;
  return { code, next: i + 1 };
}

function parseCore(toks: Lex[], i: number): Core | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') return parseDigits(toks, i);
  if (t.kind === 'word') return parseWords(toks, i);
  return null;
}

function parseDigits(toks: Lex[], i: number): Core {
  const t = toks[i]!;
  let value = Number(t.text.replace(/[,\u00a0\u202f]/g, ''));
  let next = i + 1;
  let unit: NumberUnit = 'count';
  let scaled = false;
  const n = toks[next];
  if (n && n.kind === 'word') {
    const attached = n.start === t.end;
    if (attached && /^(?:st|nd|rd|th)$/i.test(n.text)) {
      unit = 'ordinal';
      next++;
    } else if ((attached || n.text.length > 2 || n.lower === 'bn' || n.lower === 'mn') && n.lower in MAGNITUDE_SUFFIXES) {
      value *= MAGNITUDE_SUFFIXES[n.lower]!;
      scaled = true;
      next++;
    }
  }
  return { value: clean(value), next, unit, inWords: false, scaled };
}

/** Parses "three", "twenty-five", "two hundred and fifty", "a dozen", "1.5 million" (words part). */
function parseWords(toks: Lex[], i: number): Core | null {
  let total = 0;
  let current = 0;
  let seen = false;
  let j = i;
  let last = i;
  let ordinal = false;
  let scaled = false;
  if (toks[j]?.lower === 'a' || toks[j]?.lower === 'an') {
    const n = toks[j + 1]?.lower ?? '';
    if (!(n in SCALES) && !(n in COUNT_NOUNS)) return null;
    current = 1;
    j++;
  }
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.kind === 'dash') {
      if (!seen || toks[j + 1]?.start !== t.end || t.start !== toks[j - 1]!.end) break;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    if (w in UNITS) {
      if (seen && current % 10 !== 0 && current < 100 && current > 0) break;
      current += UNITS[w]!;
    } else if (w in TENS) {
      if (seen && current % 100 !== 0) break;
      current += TENS[w]!;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      scaled = true;
    } else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
      scaled = true;
    } else if (w in COUNT_NOUNS) {
      current = (current || 1) * COUNT_NOUNS[w]!;
    } else if (w in ORDINAL_WORDS) {
      current += ORDINAL_WORDS[w]!;
      ordinal = true;
      seen = true;
      last = j;
      break;
    } else if (w === 'and' && seen && isNumberWord(toks[j + 1]?.lower ?? '')) {
      continue;
    } else {
      break;
    }
    seen = true;
    last = j;
  }
  if (!seen) return null;
  return { value: total + current, next: last + 1, unit: ordinal ? 'ordinal' : 'count', inWords: true, scaled };
}

function isNumberWord(w: string): boolean {
  return w in UNITS || w in TENS;
}

/** Percent signs and currency words written after a number. */
function parseUnitSuffix(toks: Lex[], i: number): { unit: NumberUnit; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.text === '%') return { unit: 'percent', next: i + 1 };
  if (t.lower === 'percent' || t.lower === 'pct') return { unit: 'percent', next: i + 1 };
  if (t.lower === 'per' && toks[i + 1]?.lower === 'cent') return { unit: 'percent', next: i + 2 };
  if (t.lower === 'percentage' && /^points?$/.test(toks[i + 1]?.lower ?? '')) return { unit: 'percent', next: i + 2 };
  const code = CURRENCY_WORDS[t.lower];
  if (code !== undefined) return { unit: `currency:${code}`, next: i + 1 };
  return null;
}

/** The magnitude a range's second number was written with, shared by the first ("$5-10m"). */
function magnitudeOf(toks: Lex[], core: Core): number {
  const t = toks[core.next - 1];
  return t ? (MAGNITUDE_SUFFIXES[t.lower] ?? 1) : 1;
}

function clean(x: number): number {
  return Number(x.toPrecision(12));
}

function adjacentish(toks: Lex[], a: number, b: number): boolean {
  return toks[b]!.start - toks[a]!.end <= 1;
}

function roleOf(toks: Lex[], m: Parsed): NumberRole {
  if (m.halving || m.inWords) return null;
  let core = m.firstLex;
  while (core < m.nextLex && toks[core]!.kind !== 'num') core++;
  if (core >= m.nextLex) return null;
  const t = toks[core]!;
  const prev = toks[core - 1];
  const prev2 = toks[core - 2];
  const next = toks[core + 1];
  // "COVID-19", "F-16", "G7": letters glued to the digits make a name.
  if (prev && prev.end === t.start && prev.kind === 'word' && !(prev.text in CURRENCY_PREFIXES)) return 'name';
  if (prev?.kind === 'dash' && prev.end === t.start && prev2?.kind === 'word' && prev2.end === prev.start && /\p{Lu}/u.test(prev2.text[0]!)) return 'name';
  if (next && next.start === t.end && next.kind === 'word' && !/^(?:st|nd|rd|th|k|m|mn|bn|b|tn)$/i.test(next.text)) return 'name';
  if (next && (next.text === ':' || (next.text === '.' && toks[core + 2]?.kind === 'num')) && next.start === t.end) return 'time';
  if (prev && prev.text === ':' && prev.end === t.start) return 'time';
  const after = toks[m.nextLex];
  if (after && (TIME_WORDS.has(after.lower) || TIME_WORDS.has(`${after.lower}.`))) return 'time';
  const unitless = m.unit === 'count' || m.unit === 'ordinal';
  if (unitless && MONTHS.has(after?.lower ?? '')) return 'date';
  if (unitless && after?.lower === 'of' && MONTHS.has(toks[m.nextLex + 1]?.lower ?? '')) return 'date';
  if (unitless && prev && MONTHS.has(prev.lower)) return 'date';
  if (unitless && prev?.text === '.' && prev2 && MONTHS.has(prev2.lower)) return 'date';
  if (unitless && prev?.text === ',' && prev2?.kind === 'num' && MONTHS.has(toks[core - 3]?.lower ?? '')) return 'date';
  if (unitless && /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100) return 'year';
  return null;
}
