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
  CASED_MAGNITUDES, COUNT_NOUNS, COUNT_NOUNS_AFTER, CURRENCY_PREFIXES, CURRENCY_WORDS, DENOMINATORS,
  HALVING, HEDGES, MAGNITUDE_SUFFIXES, MINUS_WORDS, MONTHS, NOT_HALF_BEFORE, ORDINAL_WORDS, SCALES,
  SPACED_MAGNITUDES, TENS, TIME_WORDS, UNITS, VAGUE_PLURALS, type HedgeShape,
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

/** Why a number is not a claim on its own, when the scanner can tell (a dimension: "10kg"). */
export type NumberRole = 'date' | 'year' | 'time' | 'name' | 'dimension' | null;

/** Units of measurement written glued to digits ("10kg", "29km"): a dimension, not a count. */
const DIMENSIONS = new Set([
  'km', 'kg', 'g', 'mg', 'cm', 'mm', 'ml', 'cl', 'l', 'lb', 'lbs', 'oz', 'ft', 'mi', 'mph', 'kmh', 'kph',
  'kw', 'kwh', 'mw', 'mwh', 'gw', 'gwh', 'hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'km2', 'm2',
  'c', 'f', 't', 'ha', 'nm', 'cc', 'v', 'w', 'wh', 'kt', 'sqm',
]);

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
  /** Start of the numeral itself, after any hedge or currency sign. */
  readonly numeralStart: number;
  /** End of the numeral itself, before any unit word or sign. */
  readonly numeralEnd: number;
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

/** The scanner's tokens, in priority order (exported for the tests of lex()'s fast paths). */
export const LEX = new RegExp(
  [
    // Dotted chains ("192.168.1.2") are split into their numbers in lex().
    '(?<chain>\\d+(?:\\.\\d+){2,})',
    // Thousands grouped by spaces ("1 234 567", "40\u202f000"), never before a hyphen ("25 100-metre").
    '(?<spaced>(?<![\\p{L}\\d.,])\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?![\\d\\-‐‑])(?:\\.\\d+)?)',
    // A decimal comma ("1,3", "5,00"), not inside a list ("22,24,26").
    '(?<comma>(?<!\\d,)\\d+,\\d{1,2}(?!\\d|,\\d))',
    '(?<num>\\d+(?:[,\\u00a0\\u202f]\\d{3})*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|(?<![\\d.])\\.\\d+|[½⅓⅔¼¾⅕⅛⅜⅝⅞])',
    "(?<word>\\p{L}(?:\\.\\p{L})+\\.?|\\p{L}+(?:['’]\\p{L}+)*)",
    '(?<sym>[$€£¥₹₴₽%~≈])',
    '(?<dash>[-‐‑‒–—−])',
    '(?<punct>[^\\s])',
  ].join('|'),
  'gu',
);

/**
 * Splits text into the scanner's tokens: LEX's matches, in order. Plain ASCII words,
 * single ASCII punctuation marks, hyphens, '$', '%' and '~' are read off the characters
 * (most of a text); everything else (digits, dotted abbreviations, apostrophes, any
 * non-ASCII character) is left to LEX, from the same place. No match can start on a
 * space, and every other character starts one, so both ways give the same tokens.
 */
export function lex(text: string): Lex[] {
  const out: Lex[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
    } else if (isAsciiLetter(c)) {
      let q = p + 1;
      while (q < n && isAsciiLetter(text.charCodeAt(q))) q++;
      const after = q < n ? text.charCodeAt(q) : 32;
      // LEX reads on past these: a dotted "U.S.", "it's", "Zürich".
      if (after >= 128 || after === 39 /* ' */ || (after === 46 /* . */ && q === p + 1)) {
        p = lexAt(text, p, out);
      } else {
        const word = text.slice(p, q);
        out.push({ kind: 'word', text: word, lower: word.toLowerCase(), start: p, end: q });
        p = q;
      }
    } else if (c < 128 && !isAsciiDigit(c) && !(c === 46 /* . */ && isAsciiDigit(text.charCodeAt(p + 1)))) {
      const mark = text[p]!;
      const kind = c === 45 /* - */ ? 'dash' : c === 36 || c === 37 || c === 126 /* $ % ~ */ ? 'sym' : 'punct';
      out.push({ kind, text: mark, lower: mark, start: p, end: p + 1 });
      p++;
    } else {
      p = lexAt(text, p, out);
    }
  }
  return out;
}

/** Adds LEX's next match at or after `from` (none starts on a space) and returns where it ends. */
function lexAt(text: string, from: number, out: Lex[]): number {
  LEX.lastIndex = from;
  const m = LEX.exec(text);
  if (m === null) return text.length;
  const g = m.groups!;
  if (g.chain !== undefined) {
    for (const part of m[0].matchAll(/\d+|\./g)) {
      const start = m.index + part.index;
      out.push({ kind: part[0] === '.' ? 'punct' : 'num', text: part[0], lower: part[0], start, end: start + part[0].length });
    }
  } else {
    const kind = g.num !== undefined || g.spaced !== undefined || g.comma !== undefined ? 'num' : g.word !== undefined ? 'word' : g.sym !== undefined ? 'sym' : g.dash !== undefined ? 'dash' : 'punct';
    out.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return LEX.lastIndex;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const HEDGE_TABLE = HEDGES.map(([phrase, shape]) => ({ words: phrase.split(' '), phrase, shape }));
/** The hedges by their first word (as lexed: "approx." is "approx" then "."), in table order. */
const HEDGES_BY_FIRST = new Map<string, typeof HEDGE_TABLE>();
for (const h of HEDGE_TABLE) {
  const key = h.words[0]!.replace(/\.$/, '');
  HEDGES_BY_FIRST.set(key, [...(HEDGES_BY_FIRST.get(key) ?? []), h]);
}
const NO_HEDGES: typeof HEDGE_TABLE = [];
const VAGUE_TABLE = Object.entries(VAGUE_PLURALS)
  .map(([phrase, range]) => ({ words: phrase.split(' '), phrase, range }))
  .sort((a, b) => b.words.length - a.words.length);

/**
 * The lower-case words a mention can begin with: a hedge, a vague plural, a number word,
 * a sign, "between", "percent of", "a"/"half" of a fraction. parseAt is tried only at
 * these and at digits and signs, which skips most words of a text.
 */
const OPENERS: ReadonlySet<string> = new Set([
  ...HEDGES_BY_FIRST.keys(),
  ...VAGUE_TABLE.map((v) => v.words[0]!),
  ...MINUS_WORDS,
  ...[UNITS, TENS, DENOMINATORS, ORDINAL_WORDS, COUNT_NOUNS].flatMap((table) => Object.keys(table)),
  'between', 'percent', 'percents', 'per', 'a', 'an', 'half', 'hundred', 'halve', 'halves', 'halved', 'halving',
]);
/** Currency codes written before the number ("USD 5"), and "US"/"C" of "US$"/"C$". */
const CURRENCY_OPENERS: ReadonlySet<string> = new Set([...Object.keys(CURRENCY_PREFIXES), 'US', 'A', 'C']);

/** Punctuation never opens a mention (signs, currency symbols and "~" are lexed apart). */
function mayOpen(t: Lex): boolean {
  if (t.kind === 'word') return OPENERS.has(t.lower) || CURRENCY_OPENERS.has(t.text);
  return t.kind !== 'punct';
}

/** Finds every number mention in `text`; a value out of range (see inRange) is none. */
export function scanNumbers(text: string): NumberMention[] {
  const toks = lex(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = mayOpen(toks[i]!) ? parseAt(toks, i) : null;
    if (found) {
      found.role = roleOf(toks, found);
      // A value out of range is no claim; its digits are not read again as a smaller one.
      if (inRange(found.value) && inRange(found.low) && inRange(found.high)) out.push(found);
      i = Math.max(found.nextLex, i + 1);
    } else {
      i++;
    }
  }
  return out;
}

/** A mention as parseAt reads it; its role is set once it is found (a fresh object each time). */
type Parsed = Omit<NumberMention, 'role'> & { role: NumberRole };

interface Core {
  value: number;
  next: number;
  unit: NumberUnit;
  inWords: boolean;
  /** A magnitude was written ("m", "million"), so a range partner may share it. */
  scaled: boolean;
  /** For an ordinal read under a fraction: whether it was plural ("fifths"), and its words. */
  plural: boolean | undefined;
  words: number | undefined;
}

/**
 * A number's core, made in one place with every field (spread copies would each get a
 * hidden class of their own, and the parser's code was compiled again for each: six
 * times over the corpus).
 */
function makeCore(value: number, next: number, unit: NumberUnit, inWords: boolean, scaled: boolean, plural?: boolean, words?: number): Core {
  return { value, next, unit, inWords, scaled, plural, words };
}

function parseAt(toks: Lex[], i: number): Parsed | null {
  const first = toks[i]!;
  if (first.kind === 'word' && HALVING.test(first.text)) {
    return {
      start: first.start, end: first.end, firstLex: i, nextLex: i + 1, numeralStart: first.start, numeralEnd: first.end, value: 50, low: 50, high: 50,
      lowOpen: false, highOpen: false, unit: 'percent', hedge: null, halving: true, inWords: true, role: null,
    };
  }
  let j = i;
  let hedge: { phrase: string; shape: HedgeShape } | null = null;
  for (const h of HEDGES_BY_FIRST.get(first.lower) ?? NO_HEDGES) {
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
      start: first.start, end: toks[v.next - 1]!.end, firstLex: i, nextLex: v.next,
      numeralStart: toks[j]!.start, numeralEnd: toks[v.next - 1]!.end, value: null,
      low: v.range[0], high: v.range[1], lowOpen: false, highOpen: false, unit: 'count',
      hedge: hedge ? `${hedge.phrase} ${v.phrase}` : v.phrase, halving: false, inWords: true, role: null,
    };
  }
  let between = false;
  if (toks[j]?.lower === 'between' && hedge === null) {
    between = true;
    j++;
  }
  const percentOf = hedge === null && !between ? parsePercentOf(toks, j) : null;
  if (percentOf) {
    const c = percentOf.core;
    return {
      start: first.start, end: toks[c.next - 1]!.end, firstLex: i, nextLex: c.next, numeralStart: first.start,
      numeralEnd: toks[c.next - 1]!.end, value: c.value, low: c.value, high: c.value, lowOpen: false, highOpen: false,
      unit: 'percent', hedge: null, halving: false, inWords: c.inWords, role: null,
    };
  }
  const currency = parseCurrencyPrefix(toks, j);
  if (currency) j = currency.next;
  const core = parseCore(toks, j);
  if (!core) return null;
  const numeralStart = toks[j]!.start;
  let numeralEnd = toks[core.next - 1]!.end;
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
  // Ranges: "8 to 10", "8-10", "between 8 and 10", "20-30%", "$5-10m", "44 mg to 50 mg", "8- to 16-metre".
  const unitBetween = unit === 'count' ? unitWordAt(toks, k) : null;
  let at = unitBetween ? unitBetween.next : k;
  if (toks[at]?.kind === 'dash' && toks[at]!.start === toks[at - 1]!.end && toks[at + 1]?.lower === 'to') at++;
  const joiner = toks[at];
  const joins =
    joiner &&
    ((joiner.kind === 'dash' && adjacentish(toks, at - 1, at)) ||
      (between && (joiner.lower === 'and' || joiner.lower === 'to')) ||
      (!between && joiner.lower === 'to'));
  // "from 10 to 20" is a change between two values, not a range ("ranged from 10 to 20" is).
  const change = toks[i - 1]?.lower === 'from' && !RANGE_VERBS.test(toks[i - 2]?.lower ?? '');
  const rangeable = hedge === null || hedge.shape === 'about';
  let hedgeShape: HedgeShape | null = hedge?.shape ?? null;
  if (joins && rangeable && !(change && joiner.lower === 'to')) {
    const secondCurrency = parseCurrencyPrefix(toks, at + 1);
    const second = parseCore(toks, secondCurrency ? secondCurrency.next : at + 1);
    const bothNegative = second !== null && core.value < 0 && second.value < 0;
    const unitAfter = second && unitBetween ? unitWordAt(toks, second.next) : null;
    const sameUnit = !unitBetween || unitAfter?.text === unitBetween.text;
    if (second && (second.value > core.value || bothNegative) && second.unit === core.unit && sameUnit) {
      let end = unitAfter ? unitAfter.next : second.next;
      const secondSuffix = parseUnitSuffix(toks, end);
      if (secondSuffix) {
        if (!currency) unit = secondSuffix.unit;
        end = secondSuffix.next;
      }
      const scale = second.scaled && !core.scaled ? magnitudeOf(toks, second) : 1;
      low = Math.min(core.value * scale, second.value);
      high = Math.max(core.value * scale, second.value);
      value = null;
      numeralEnd = toks[second.next - 1]!.end;
      k = end;
      // "around 10-15": the range says how vague it is.
      hedgeShape = null;
    }
  }
  const shaped = shape(hedgeShape, value, low, high, unit);
  return {
    start: first.start, end: toks[k - 1]!.end, firstLex: i, nextLex: k, numeralStart, numeralEnd,
    value: shaped.value, low: shaped.low, high: shaped.high, lowOpen: shaped.lowOpen, highOpen: shaped.highOpen, unit,
    hedge: hedge?.phrase ?? (between ? 'between' : null), halving: false, inWords: core.inWords, role: null,
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
      // "almost three": below 3, and at least 2 (a tenth below would round to 3, leaving nothing).
      return { value, low: Math.min(round(v * 0.9), integer && v >= 1 ? v - 1 : v), high: v, lowOpen: false, highOpen: true };
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
  const sign = parseSign(toks, i);
  const at = sign ? sign.next : i;
  const t = toks[at];
  if (!t) return null;
  const core = t.kind === 'num' ? parseDigits(toks, at) : t.kind === 'word' ? parseWords(toks, at) : null;
  if (!core) return null;
  const fraction = core.unit === 'count' ? parseOver(toks, core) : null;
  const whole = fraction ?? core;
  return sign ? makeCore(-whole.value, whole.next, whole.unit, whole.inWords, whole.scaled, whole.plural, whole.words) : whole;
}

/** "minus", "negative", or a dash standing where a minus sign stands ("-5", "is -15", "$-99"). */
function parseSign(toks: Lex[], i: number): { next: number } | null {
  const t = toks[i];
  const n = toks[i + 1];
  if (!t || !n || (n.kind !== 'num' && n.kind !== 'word')) return null;
  if (t.kind === 'word') return MINUS_WORDS.has(t.lower) ? { next: i + 1 } : null;
  if (t.kind !== 'dash' || n.kind !== 'num') return null;
  const prev = toks[i - 1];
  if (!prev) return { next: i + 1 };
  const glued = n.start === t.end;
  if (prev.kind === 'sym' && prev.end === t.start) return glued ? { next: i + 1 } : null;
  if (prev.kind === 'punct' && /^[([{:=]$/.test(prev.text)) return glued ? { next: i + 1 } : null;
  if (prev.kind === 'word' && prev.end < t.start && glued) return { next: i + 1 };
  return null;
}

/** "1 over 3", "one out of three": a fraction, when nothing is counted after it ("$2000 over 3 years" is not). */
function parseOver(toks: Lex[], core: Core): Core | null {
  const t = toks[core.next];
  if (!t) return null;
  const at = t.lower === 'over' ? core.next + 1 : t.lower === 'out' && toks[core.next + 1]?.lower === 'of' ? core.next + 2 : -1;
  if (at < 0) return null;
  const d = toks[at];
  const den = d?.kind === 'num' ? parseDigits(toks, at) : d?.kind === 'word' ? parseWords(toks, at) : null;
  if (!den || den.value === 0 || den.unit !== 'count' || toks[den.next]?.kind === 'word' || toks[den.next]?.kind === 'num') return null;
  return makeCore(clean(core.value / den.value), den.next, core.unit, core.inWords, false, core.plural, core.words);
}

const VULGAR: Readonly<Record<string, number>> = { '½': 0.5, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 0.25, '¾': 0.75, '⅕': 0.2, '⅛': 0.125, '⅜': 0.375, '⅝': 0.625, '⅞': 0.875 };

/** The value of a numeral as lexed: thousands separators, a decimal comma ("1,3"), exponents, "½". */
function digitValue(text: string): number {
  if (text in VULGAR) return VULGAR[text]!;
  if (/^\d+,\d{1,2}$/.test(text)) return Number(text.replace(',', '.'));
  return Number(text.replace(/[,\u00a0\u202f ]/g, ''));
}

/** "3/4", "-4/5": a slash fraction of two plain integers, the numerator the smaller. */
function slashFraction(toks: Lex[], i: number): { value: number; next: number } | null {
  const a = toks[i];
  const slash = toks[i + 1];
  const b = toks[i + 2];
  if (!a || !slash || !b || slash.text !== '/' || b.kind !== 'num' || slash.start !== a.end || b.start !== slash.end) return null;
  if (!/^\d+$/.test(a.text) || !/^\d+$/.test(b.text) || toks[i + 3]?.text === '/') return null;
  const n = Number(a.text);
  const d = Number(b.text);
  if (d === 0 || n >= d) return null;
  return { value: n / d, next: i + 3 };
}

function parseDigits(toks: Lex[], i: number): Core {
  const t = toks[i]!;
  let value = digitValue(t.text);
  /**
   * Whether every step was whole numbers, so that a safe integer result is exact: "1,234,567,
   * 890,123" and "1,234,567,890,124" differ, where 12 significant digits made them equal.
   */
  let exact = Number.isInteger(value);
  let next = i + 1;
  let unit: NumberUnit = 'count';
  let scaled = false;
  const fraction = slashFraction(toks, i);
  if (fraction) {
    value = fraction.value;
    next = fraction.next;
    exact = false;
  } else if (/^\d+$/.test(t.text)) {
    // A mixed number: "2 1/4", "2½".
    const after = toks[i + 1];
    const part = after && after.text in VULGAR ? { value: VULGAR[after.text]!, next: i + 2 } : after && after.start !== t.end ? slashFraction(toks, i + 1) : null;
    if (part) {
      value += part.value;
      next = part.next;
      exact = false;
    }
  }
  // A power: "1.1^23", "2.5^-1".
  if (toks[next]?.text === '^' && toks[next]!.start === toks[next - 1]!.end) {
    let k = next + 1;
    let sign = 1;
    for (; toks[k]?.kind === 'dash' || toks[k]?.text === '+'; k++) if (toks[k]!.kind === 'dash') sign = -sign;
    const e = toks[k];
    if (e?.kind === 'num') {
      value = Math.pow(value, sign * digitValue(e.text));
      next = k + 1;
      exact = false;
    }
  }
  const times = timesPower(toks, next);
  if (times) {
    value *= times.value;
    next = times.next;
    exact &&= Number.isInteger(times.value);
  }
  const n = toks[next];
  if (n && n.kind === 'word') {
    const attached = n.start === toks[next - 1]!.end;
    const magnitude = magnitudeAfter(n, attached);
    if (attached && !fraction && /^(?:st|nd|rd|th)$/i.test(n.text)) {
      unit = 'ordinal';
      next++;
    } else if (magnitude !== null) {
      value *= magnitude;
      scaled = true;
      next++;
      // "3 lakh crore": a larger magnitude straight after multiplies again.
      const again = toks[next]?.kind === 'word' ? MAGNITUDE_SUFFIXES[toks[next]!.lower] : undefined;
      if (again !== undefined && again > magnitude && toks[next]!.text.length > 2) {
        value *= again;
        next++;
      }
    } else if (!attached && n.lower in COUNT_NOUNS_AFTER) {
      value *= COUNT_NOUNS_AFTER[n.lower]!;
      next++;
    }
  }
  // Magnitudes and count nouns are whole numbers: an exact product stays exact.
  return makeCore(exact && Number.isSafeInteger(value) ? value + 0 : clean(value), next, unit, false, scaled);
}

/** "×10−5", "x2^10": a power multiplying the number before it (a plain "4x4" is not one). */
function timesPower(toks: Lex[], i: number): { value: number; next: number } | null {
  const x = toks[i];
  const base = toks[i + 1];
  if (!x || !base || !(x.text === '×' || x.lower === 'x') || x.start !== toks[i - 1]!.end || base.start !== x.end || base.kind !== 'num') return null;
  const op = toks[i + 2];
  const e = toks[i + 3];
  if (op && e && op.start === base.end && e.start === op.end && e.kind === 'num') {
    if (op.text === '^') return { value: Math.pow(Number(base.text), Number(e.text)), next: i + 4 };
    if (op.kind === 'dash' && base.text === '10') return { value: Math.pow(10, -Number(e.text)), next: i + 4 };
  }
  return null;
}

/** The magnitude a word after digits gives them ("m", "bn", "million", "G"), or null. */
function magnitudeAfter(n: Lex, attached: boolean): number | null {
  const cased = CASED_MAGNITUDES[n.text];
  if (cased !== undefined && (attached || SPACED_MAGNITUDES.has(n.text))) return cased;
  const m = MAGNITUDE_SUFFIXES[n.lower];
  if (m === undefined) return null;
  if (attached || n.text.length > 2 || n.lower === 'bn' || n.lower === 'mn' || SPACED_MAGNITUDES.has(n.text)) return m;
  return null;
}

/** A fraction may end here: "a third of", "a quarter." but not "a third straight day". */
function fractionMayEnd(toks: Lex[], i: number): boolean {
  const t = toks[i];
  return !t || (t.kind !== 'word' && t.kind !== 'dash' && t.kind !== 'num') || t.lower === 'of';
}

const wordsCore = (value: number, next: number, unit: NumberUnit = 'count', scaled = false): Core => makeCore(clean(value), next, unit, true, scaled);

/**
 * Parses numbers in words: "three", "twenty-five", "two hundred and fifty", "a dozen",
 * "two and a half million", "two thirds", "one hundred point zero three", "fifth".
 * With `denominator`, reads the sequence as the ordinal under a fraction ("twenty fifths" is 25ths).
 */
function parseWords(toks: Lex[], i: number, denominator = false): Core | null {
  let total = 0;
  let prefix = 0;
  let current = 0;
  let seen = false;
  let scaled = false;
  let j = i;
  let last = i - 1;
  let lastTens = -1;
  let andBeforeTens = false;
  const first = toks[j]?.lower ?? '';
  if (first === 'a' || first === 'an') {
    const n = toks[j + 1]?.lower ?? '';
    if (n in SCALES || n in COUNT_NOUNS) {
      current = 1;
      seen = true;
      last = j;
      j++;
    } else {
      const den = denominator ? null : parseWords(toks, j + 1, true);
      if (den && !den.plural && fractionMayEnd(toks, den.next)) return wordsCore(1 / den.value, den.next);
      return null;
    }
  } else if (first in SCALES) {
    return null; // "several hundred": a scale word alone is not a number
  } else if (first === 'half' && !denominator) {
    const a = toks[j + 1]?.lower;
    const n = toks[j + 2]?.lower ?? '';
    const times = SCALES[n] ?? COUNT_NOUNS[n];
    if ((a === 'a' || a === 'an') && times !== undefined) return wordsCore(times / 2, j + 3, 'count', true);
    return NOT_HALF_BEFORE.has(toks[j - 1]?.lower ?? '') ? null : wordsCore(0.5, j + 1);
  }
  for (; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.kind === 'dash') {
      const prev = toks[j - 1];
      const nx = toks[j + 1];
      if (!seen || !prev || !nx || nx.kind !== 'word') break;
      const glued = nx.start === t.end && t.start === prev.end;
      const spacedCompound = prev.lower in TENS && (UNITS[nx.lower] ?? 0) >= 1 && (UNITS[nx.lower] ?? 10) <= 9;
      if (!(glued || spacedCompound || nx.lower in DENOMINATORS)) break;
      continue;
    }
    if (t.kind !== 'word') break;
    const w = t.lower;
    const whole = total + prefix + current;
    if (w in DENOMINATORS || w in ORDINAL_WORDS) {
      const d = DENOMINATORS[w] ?? ORDINAL_WORDS[w]!;
      const plural = !(w in ORDINAL_WORDS) && w !== 'half' && w !== 'quarter';
      if (!seen) {
        if (!(w in ORDINAL_WORDS)) return denominator && w in DENOMINATORS ? makeCore(clean(d), j + 1, 'ordinal', true, false, plural, 1) : null;
        return makeCore(clean(d), j + 1, 'ordinal', true, false, plural, 1);
      }
      const tensAt = toks[j - 1]?.kind === 'dash' ? j - 2 : j - 1;
      const afterTens = lastTens === tensAt && d < 10;
      const words = j - i + 1;
      if (denominator || (!plural && afterTens)) {
        const ordinal = d >= 100 ? (whole || 1) * d : whole + d;
        if (denominator) return makeCore(clean(ordinal), j + 1, 'ordinal', true, false, plural, words);
        return wordsCore(ordinal, j + 1, 'ordinal');
      }
      if (!plural) {
        // "one fifth" is a fraction; "one hundred fifth", "hundred and fifth" are ordinals.
        if (total === 0 && prefix === 0 && current === 1 && toks[tensAt]?.lower === 'one' && w in DENOMINATORS) return wordsCore(1 / d, j + 1);
        const joined = toks[tensAt]?.lower ?? '';
        if (!(joined === 'and' || joined in SCALES)) break; // "one second": a count, then a word
        return wordsCore(d >= 100 ? (whole || 1) * d : whole + d, j + 1, 'ordinal');
      }
      if (afterTens && !andBeforeTens) {
        const tens = TENS[toks[lastTens]!.lower]!;
        if (whole - tens > 0) return wordsCore((whole - tens) / (tens + d), j + 1);
      }
      return wordsCore(whole / d, j + 1);
    }
    if (w in UNITS) {
      if (seen && current % 10 !== 0 && current < 100 && current > 0) break;
      if (seen && current === 0 && UNITS[w] === 0) break;
      current += UNITS[w]!;
    } else if (w in TENS) {
      if (seen && current % 100 !== 0) break;
      current += TENS[w]!;
      lastTens = j;
      andBeforeTens = toks[j - 1]?.lower === 'and';
      seen = true;
      last = j;
      continue;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      scaled = true;
    } else if (w in SCALES) {
      // "three lakh crore", "a thousand million": a larger scale straight after multiplies.
      if (seen && current === 0 && prefix === 0 && (toks[j - 1]?.lower ?? '') in SCALES && total > 0) total *= SCALES[w]!;
      else total += (prefix + current || 1) * SCALES[w]!;
      prefix = 0;
      current = 0;
      scaled = true;
    } else if (w in COUNT_NOUNS || (seen && w in COUNT_NOUNS_AFTER)) {
      current = (current || 1) * (COUNT_NOUNS[w] ?? COUNT_NOUNS_AFTER[w]!);
    } else if (w === 'point' && seen && !denominator) {
      const decimals = readDigitWords(toks, j + 1);
      if (!decimals) break;
      return wordsCore(whole + Number(`0.${decimals.digits}`), decimals.next);
    } else if (w === 'and' && seen && !denominator) {
      const mixed = parseMixed(toks, j + 1);
      if (mixed) {
        const times = SCALES[toks[mixed.next]?.lower ?? ''];
        return times !== undefined ? wordsCore((whole + mixed.value) * times, mixed.next + 1, 'count', true) : wordsCore(whole + mixed.value, mixed.next);
      }
      const n = toks[j + 1]?.lower ?? '';
      if (!(n in UNITS || n in TENS || n in ORDINAL_WORDS || n === 'hundred')) break;
      prefix += current;
      current = 0;
      continue;
    } else {
      break;
    }
    seen = true;
    last = j;
    lastTens = -1;
  }
  if (!seen) return null;
  if (denominator) return null;
  const value = total + prefix + current;
  // "one twenty-fifth", "three twenty-firsts": a cardinal, then the ordinal under it.
  const n = toks[last + 1];
  if (n?.kind === 'word' && Number.isInteger(value) && value > 0) {
    const den = parseWords(toks, last + 1, true);
    const counts = den && (den.plural || value === 1) && ((den.words ?? 1) > 1 || toks[last + 1]!.lower in DENOMINATORS);
    if (den && counts && !(toks[den.next]?.kind === 'dash' && toks[den.next]!.start === toks[den.next - 1]!.end)) return wordsCore(value / den.value, den.next);
  }
  return wordsCore(value, last + 1, 'count', scaled);
}

/** "a half", "a quarter", "three fifths" after "and": the fraction of a mixed number. */
function parseMixed(toks: Lex[], i: number): { value: number; next: number } | null {
  const t = toks[i]?.lower ?? '';
  const n = toks[i + 1]?.lower ?? '';
  if ((t === 'a' || t === 'an') && n in DENOMINATORS && !n.endsWith('s')) return { value: 1 / DENOMINATORS[n]!, next: i + 2 };
  const u = UNITS[t];
  if (u !== undefined && u >= 1 && u <= 9 && n in DENOMINATORS && (n.endsWith('s') || u === 1)) return { value: u / DENOMINATORS[n]!, next: i + 2 };
  return null;
}

/** The digits after "point": "zero three" is 03, "seventy-one" is 71. */
function readDigitWords(toks: Lex[], i: number): { digits: string; next: number } | null {
  let digits = '';
  let j = i;
  while (j < toks.length) {
    const w = toks[j]!.lower;
    if (w in UNITS) {
      digits += String(UNITS[w]);
      j++;
    } else if (w in TENS) {
      let v = TENS[w]!;
      j++;
      if (toks[j]?.kind === 'dash') j++;
      const u = UNITS[toks[j]?.lower ?? ''];
      if (u !== undefined && u >= 1 && u <= 9) {
        v += u;
        j++;
      } else if (toks[j - 1]?.kind === 'dash') j--;
      digits += String(v);
    } else break;
  }
  return digits ? { digits, next: j } : null;
}

const RANGE_VERBS = /^(?:range|ranged|ranges|ranging|vary|varied|varies|varying)$/;

/** A unit of measurement written apart after a number ("44 mg", "-18 °C"), with where it ends. */
function unitWordAt(toks: Lex[], i: number): { text: string; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.text === '°' && toks[i + 1]?.kind === 'word' && /^[CFK]$/.test(toks[i + 1]!.text)) return { text: `°${toks[i + 1]!.text}`, next: i + 2 };
  return t.kind === 'word' && DIMENSIONS.has(t.lower) && t.lower.length > 1 ? { text: t.lower, next: i + 1 } : null;
}

/** "percent of 10", "per cent of twenty-two": a percentage named before its number. */
function parsePercentOf(toks: Lex[], i: number): { core: Core } | null {
  const t = toks[i]?.lower;
  const at = t === 'percent' || t === 'percents' ? i + 1 : t === 'per' && toks[i + 1]?.lower === 'cent' ? i + 2 : -1;
  if (at < 0 || toks[at]?.lower !== 'of') return null;
  const core = parseCore(toks, at + 1);
  return core && core.unit === 'count' && toks[at + 1]?.kind !== 'word' ? { core } : core && core.unit === 'count' && core.inWords ? { core } : null;
}

/** Percent signs and currency words written after a number. */
function parseUnitSuffix(toks: Lex[], i: number): { unit: NumberUnit; next: number } | null {
  const t = toks[i];
  if (!t) return null;
  if (t.text === '%') return { unit: 'percent', next: i + 1 };
  if (t.lower === 'percent' || t.lower === 'percents' || t.lower === 'pct') return { unit: 'percent', next: i + 1 };
  if (t.lower === 'percentage' && !/^points?$/.test(toks[i + 1]?.lower ?? '')) return { unit: 'percent', next: i + 1 };
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

/**
 * Rounds away binary noise ("0.1 + 0.2", "1.1 million") to 12 significant digits. Most
 * values are whole numbers of fewer digits, which that rounding leaves as they are (but
 * -0, which it makes 0); they skip the trip through a string, which cost more than the
 * rest of the scanner's arithmetic.
 */
function clean(x: number): number {
  if (Number.isInteger(x) && x > -1e12 && x < 1e12) return x + 0;
  // Out of range: left as it is, for scanNumbers to refuse.
  if (!inRange(x)) return x;
  return Number(x.toPrecision(12));
}

/**
 * Whether a value can be a claim: finite, and no larger than the largest integer a double
 * holds exactly (2^53 - 1, about 9 quadrillion). Past that, different integers read as the
 * same double and a figure past 1.8e308 as Infinity: they would agree when they differ
 * (issue 25, item 11).
 */
function inRange(x: number | null): boolean {
  return x === null || (Number.isFinite(x) && Math.abs(x) <= Number.MAX_SAFE_INTEGER);
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
  if (prev?.text === '^' && prev.end === t.start) return 'name'; // "km^2": an exponent of a unit
  // "2013-14": the second part of a span of years.
  if (prev?.kind === 'dash' && prev.end === t.start && prev2?.kind === 'num' && prev2.end === prev.start && /^\d{4}$/.test(prev2.text)) return 'year';
  // "COVID-19", "F-16", "G7", "s-1": letters glued to the digits make a name.
  if (prev && prev.end === t.start && prev.kind === 'word' && !(prev.text in CURRENCY_PREFIXES)) return 'name';
  if (prev?.kind === 'dash' && prev.end === t.start && prev2?.kind === 'word' && prev2.end === prev.start) return 'name';
  if (next && core + 1 >= m.nextLex && next.start === t.end && next.kind === 'word') {
    const magnitude = magnitudeAfter(next, true) !== null || /^(?:st|nd|rd|th)$/i.test(next.text);
    if (next.lower === 's' && /^\d{4}$/.test(t.text)) return 'year'; // "the 1960s"
    if (DIMENSIONS.has(next.lower)) return 'dimension';
    if (!magnitude) return 'name';
  }
  if (next && next.start === t.end && ((next.text === ':' && toks[core + 2]?.kind === 'num') || (next.text === '.' && toks[core + 2]?.kind === 'num' && toks[core + 3]?.text !== '.' && Number(t.text) <= 24))) return 'time';
  if (prev && prev.text === ':' && prev.end === t.start) return 'time';
  const after = toks[m.nextLex];
  // "2.30 pm" is a time; "2.123 pm" is a length in picometres.
  const clock = /^\d{1,2}(?:[.:]\d{2})?$/.test(t.text);
  if (clock && after && (TIME_WORDS.has(after.lower) || TIME_WORDS.has(`${after.lower}.`))) return 'time';
  const unitless = m.unit === 'count' || m.unit === 'ordinal';
  if (unitless && MONTHS.has(after?.lower ?? '')) return 'date';
  if (unitless && after?.lower === 'of' && MONTHS.has(toks[m.nextLex + 1]?.lower ?? '')) return 'date';
  if (unitless && prev && MONTHS.has(prev.lower)) return 'date';
  if (unitless && prev?.text === '.' && prev2 && MONTHS.has(prev2.lower)) return 'date';
  if (unitless && prev?.text === ',' && prev2?.kind === 'num' && MONTHS.has(toks[core - 3]?.lower ?? '')) return 'date';
  if (unitless && /^\d{4}$/.test(t.text) && Number(t.text) >= 1800 && Number(t.text) <= 2100) return 'year';
  return null;
}
