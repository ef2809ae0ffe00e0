/**
 * Quote marks → quoted spans. Linear in the text: one pass per paragraph, a stack of at
 * most one open quote. A quote left open at a paragraph's end continues:
 *   - when the next paragraph opens with a quote mark (the newspaper convention for a
 *     quote over several paragraphs: each opens with a mark, only the last closes);
 *   - over paragraphs without any mark, up to the first mark met: a closing mark ends the
 *     quote there, a paragraph opening with a mark continues it as above. Copy laid out one
 *     sentence to a line (wire feeds, converted corpora) breaks a quote over lines so.
 * Otherwise it ends with its paragraph when that ends a sentence (a closing mark left
 * out), and is dropped if not.
 */
import type { Span } from '../../types.js';

/** A quoted passage. `open`/`close` are the marks; `start`/`end` the words between. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the closing mark. */
  readonly close: number;
  /** Offset of the first quoted character. */
  readonly start: number;
  /** Offset one past the last quoted character. */
  readonly end: number;
  /** The quoted words, continuation marks and paragraph breaks removed. */
  readonly words: string;
}

const OPENERS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '"': '"', '‹': '›' };
const SINGLE: Readonly<Record<string, string>> = { '‘': '’', "'": "'" };
/** Fewest words a passage between double marks has ("idiot" is a partial quote); single marks need two (or one lower-case word). */
const MIN_WORDS = 1;
const MIN_WORDS_SINGLE = 2;
/** How far a quote left open runs over paragraphs without marks before the mark is not trusted. */
const MAX_UNMARKED_PARAGRAPHS = 8;
const MAX_UNMARKED_CHARS = 3000;
/** Each set of marks (the openers; each opener's closers) as a pattern finding the next one. */
const MARKS = new Map<string, RegExp>();

/** Index of the first of the characters `marks` in `body` at or after `from`, or -1. */
function nextMark(body: string, marks: string, from: number): number {
  let pattern = MARKS.get(marks);
  if (pattern === undefined) MARKS.set(marks, (pattern = new RegExp(`[${marks}]`, 'g')));
  pattern.lastIndex = from;
  return pattern.exec(body)?.index ?? -1;
}
const OPENING_MARKS = Object.keys(OPENERS).join('');
const SINGLE_MARKS = [...new Set([...Object.keys(SINGLE), ...Object.values(SINGLE)])].join('');

/** A quote open at the end of a paragraph, carried into the next ones. */
interface Carry {
  readonly open: number;
  readonly closers: string;
  readonly pieces: string[];
  /** Paragraphs without any mark read since the quote's last piece (part of it if it continues). */
  readonly unmarked: Span[];
}

/** Finds the quoted passages of a text laid out in `paragraphs` (sorted, disjoint). */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry: Carry | null = null;
  for (const para of paragraphs) {
    let i = para.start;
    if (carry) {
      const lead = firstNonSpace(text, para.start, para.end);
      const how = lead < 0 ? 'unmarked' : text[lead]! in OPENERS && opensHere(text, lead, para) ? 'opens' : continuation(text, para, carry.closers);
      if (how === 'unmarked') {
        const read = carry.unmarked.reduce((n, p) => n + p.end - p.start, 0);
        if (carry.unmarked.length < MAX_UNMARKED_PARAGRAPHS && read + para.end - para.start <= MAX_UNMARKED_CHARS) {
          carry.unmarked.push(para);
          continue;
        }
        closeUnclosed(out, carry, text);
        carry = null;
      } else if (how === 'opens' || how === 'closes') {
        // The quote goes on: the paragraphs read without marks are part of it.
        for (const p of carry.unmarked) carry.pieces.push(text.slice(p.start, p.end));
        if (how === 'opens') i = lead + 1;
      } else {
        closeUnclosed(out, carry, text);
        carry = null;
      }
    }
    let open: { at: number; closers: string; pieces: string[] } | null = carry ? { at: carry.open, closers: carry.closers, pieces: carry.pieces } : null;
    let pieceStart = i;
    carry = null;
    // Only the marks that open (or, inside a quote, close) one can change anything: jump
    // from one to the next, within the paragraph.
    const body = text.slice(para.start, para.end);
    for (;;) {
      i = nextMark(body, open === null ? OPENING_MARKS : open.closers, i - para.start);
      if (i < 0) break;
      i += para.start;
      const ch = text[i]!;
      if (open === null) {
        if (opensHere(text, i, para)) {
          open = { at: i, closers: OPENERS[ch]!, pieces: [] };
          pieceStart = i + 1;
        }
      } else if (closesHere(text, i, para, ch)) {
        open.pieces.push(text.slice(pieceStart, i));
        push(out, open.at, i, open.pieces, text, MIN_WORDS);
        open = null;
      }
      i++;
    }
    if (open) {
      open.pieces.push(text.slice(pieceStart, para.end));
      carry = { open: open.at, closers: open.closers, pieces: open.pieces, unmarked: [] };
    }
  }
  if (carry) closeUnclosed(out, carry, text);
  const singles = singleQuoteSpans(text, paragraphs, out);
  return [...out, ...singles].sort((a, b) => a.open - b.open);
}

/**
 * How a paragraph that does not open with a quote mark meets a quote carried into it: its
 * first mark closes the quote ('closes': "…the cars.\nWe can't," she said), opens another
 * one ('other': the carried mark was never closed), or it has none ('unmarked').
 */
function continuation(text: string, para: Span, closers: string): 'closes' | 'other' | 'unmarked' {
  const body = text.slice(para.start, para.end);
  const at = nextMark(body, OPENING_MARKS + closers, 0);
  if (at < 0) return 'unmarked';
  const i = para.start + at;
  const ch = text[i]!;
  if (!closers.includes(ch)) return 'other';
  if (ch !== '"') return ch in OPENERS ? 'other' : 'closes';
  // A straight mark closes after a word and before no letter; not after a digit (17" screen).
  const prev = text[i - 1] ?? ' ';
  return /[\s\d]/.test(prev) || !closesHere(text, i, para, ch) ? 'other' : 'closes';
}

/**
 * A quote never closed: when its paragraph ends a sentence, the closing mark was left out
 * (a common slip) and the quote ends there; otherwise the mark is not trusted.
 */
function closeUnclosed(out: QuoteSpan[], carry: { open: number; pieces: string[] }, text: string): void {
  if (carry.pieces.length !== 1) return;
  const words = carry.pieces[0]!.trimEnd();
  if (!/[.!?]$/.test(words)) return;
  const close = carry.open + 1 + words.length;
  push(out, carry.open, close, [words], text, MIN_WORDS_SINGLE);
}

function push(out: QuoteSpan[], open: number, close: number, pieces: string[], text: string, minWords: number): void {
  const words = pieces.map((p) => p.trim()).join(' ').replace(/\s+/g, ' ').trim();
  if (words.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length < minWords) return;
  const raw = text.slice(open + 1, close);
  const lead = raw.length - raw.trimStart().length;
  out.push({ open, close, start: open + 1 + lead, end: open + 1 + raw.trimEnd().length, words });
}

/** A straight " opens only where an opening can stand: after space or bracket, before a word. */
function opensHere(text: string, i: number, para: Span): boolean {
  const ch = text[i]!;
  const next = text[i + 1] ?? '';
  if (i + 1 >= para.end || /\s/.test(next)) return false;
  if (ch !== '"') return true;
  const prev = i > para.start ? text[i - 1]! : ' ';
  return /[\s([{—–-]/.test(prev);
}

function closesHere(text: string, i: number, para: Span, ch: string): boolean {
  if (ch !== '"') return true;
  const next = i + 1 < para.end ? text[i + 1]! : ' ';
  // "… the roof came down, "Tomas Brandt said": a mark after the quote's own comma closes it,
  // though spaced off the words before and not after.
  return !/[\p{L}\p{N}]/u.test(next) || /[,.!?]\s$/.test(text.slice(Math.max(para.start, i - 2), i));
}

/**
 * Single-quoted passages, only where they cannot be apostrophes: the opener follows a
 * space or bracket and the closer is not followed by a letter. In a paragraph with double
 * quotes, only inside them (a quote within a quote: "the officers said, 'Don't move.'");
 * elsewhere a single-quoted passage may run over paragraphs without marks to its closer,
 * as in copy that quotes with single marks.
 */
function singleQuoteSpans(text: string, paragraphs: readonly Span[], doubles: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry: { at: number; closer: string; pieces: string[]; paragraphs: number } | null = null;
  let d = 0;
  for (const para of paragraphs) {
    // Both lists are in text order: the double quotes opening in this paragraph are next.
    while (d < doubles.length && doubles[d]!.open < para.start) d++;
    const inside: QuoteSpan[] = [];
    for (let k = d; k < doubles.length && doubles[k]!.open < para.end; k++) inside.push(doubles[k]!);
    if (inside.length > 0) {
      carry = null;
      for (const q of inside) scanSingles(text, { start: q.start, end: q.end }, null, out);
      continue;
    }
    const left = scanSingles(text, para, carry, out);
    carry = left === null || left.paragraphs >= MAX_UNMARKED_PARAGRAPHS ? null : { ...left, paragraphs: left.paragraphs + 1 };
  }
  return out;
}

/**
 * The single-quoted passages of `span` (a paragraph, or the inside of a double quote), given
 * a passage carried open into it; returns the passage left open at its end, if any.
 */
function scanSingles(
  text: string, span: Span, carried: { at: number; closer: string; pieces: string[]; paragraphs: number } | null, out: QuoteSpan[],
): { at: number; closer: string; pieces: string[]; paragraphs: number } | null {
  let open = carried;
  let pieceStart = span.start;
  const body = text.slice(span.start, span.end);
  for (let i = span.start; i < span.end; i++) {
    // Only a single mark can open or close: jump from one to the next.
    const at = nextMark(body, SINGLE_MARKS, i - span.start);
    if (at < 0) break;
    i = span.start + at;
    const ch = text[i]!;
    const prev = i > span.start ? text[i - 1]! : ' ';
    const next = i + 1 < span.end ? text[i + 1]! : ' ';
    if (open === null) {
      if (ch in SINGLE && /[\s(\[—–]/.test(prev) && /[\p{L}\p{N}]/u.test(next)) {
        open = { at: i, closer: SINGLE[ch]!, pieces: [], paragraphs: 0 };
        pieceStart = i + 1;
      }
    } else if (ch === open.closer && !/[\p{L}\p{N}]/u.test(next) && !/\s/.test(prev)) {
      // "the workers' union": a plural possessive is not a closing mark.
      if (/s$/.test(text.slice(i - 1, i)) && /\s/.test(next) && /^\s*\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/[,.!?]/.test(prev)) continue;
      // A passage carried over lines closes where a sentence ends, or it was no quote.
      if (open.pieces.length > 0 && !/[,.!?…]/.test(prev)) continue;
      const pieces = [...open.pieces, text.slice(pieceStart, i)];
      // "called the pledge 'undeliverable'.": one lower-case word in single marks ending its
      // clause is a partial quote; a capitalised one is more often a nickname (Kimberly 'Kit'
      // Vask), one inside the clause a scare quote (fans 'rampage' through the square).
      const word = /^\s*\p{Ll}[\p{L}-]{2,}\s*$/u.test(pieces.join(' ')) && (i + 1 >= span.end || /[.,;:!?)\n]/.test(text[i + 1]!));
      push(out, open.at, i, pieces, text, word ? 1 : MIN_WORDS_SINGLE);
      open = null;
    }
  }
  return open === null ? null : { ...open, pieces: [...open.pieces, text.slice(pieceStart, span.end)] };
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return i;
  return -1;
}
