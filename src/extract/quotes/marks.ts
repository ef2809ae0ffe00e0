/**
 * Quote marks → quoted spans. Linear in the text: one pass per paragraph, a stack of at
 * most one open quote. A quote left open at a paragraph's end continues when the next
 * paragraph opens with a quote mark (the newspaper convention); otherwise it ends with its
 * paragraph when that ends a sentence (a closing mark left out), and is dropped if not.
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
const MIN_WORDS = 2;
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

/** Finds the quoted passages of a text laid out in `paragraphs` (sorted, disjoint). */
export function findQuoteSpans(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carry: { open: number; closers: string; pieces: string[] } | null = null;
  for (const para of paragraphs) {
    let i = para.start;
    if (carry) {
      // A continued quote: the new paragraph must open with the same kind of mark.
      const lead = firstNonSpace(text, para.start, para.end);
      if (lead >= 0 && text[lead]! in OPENERS) {
        i = lead + 1;
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
        push(out, open.at, i, open.pieces, text);
        open = null;
      }
      i++;
    }
    if (open) {
      open.pieces.push(text.slice(pieceStart, para.end));
      carry = { open: open.at, closers: open.closers, pieces: open.pieces };
    }
  }
  if (carry) closeUnclosed(out, carry, text);
  const singles = paragraphs.flatMap((p) => singleQuotes(text, p, out));
  return [...out, ...singles].sort((a, b) => a.open - b.open);
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
  push(out, carry.open, close, [words], text);
}

function push(out: QuoteSpan[], open: number, close: number, pieces: string[], text: string): void {
  const words = pieces.map((p) => p.trim()).join(' ').replace(/\s+/g, ' ').trim();
  if (words.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length < MIN_WORDS) return;
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
  return !/[\p{L}\p{N}]/u.test(next);
}

/**
 * Single-quoted passages, only where they cannot be apostrophes: the opener follows a
 * space or bracket and the closer is not followed by a letter, and the paragraph holds
 * no double-quoted passage that could contain them.
 */
function singleQuotes(text: string, para: Span, doubles: readonly QuoteSpan[]): QuoteSpan[] {
  if (doubles.some((q) => q.open >= para.start && q.open < para.end)) return [];
  const out: QuoteSpan[] = [];
  let open: { at: number; closer: string } | null = null;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i]!;
    const prev = i > para.start ? text[i - 1]! : ' ';
    const next = i + 1 < para.end ? text[i + 1]! : ' ';
    if (open === null) {
      if (ch in SINGLE && /[\s(\[—–]/.test(prev) && /[\p{L}\p{N}]/u.test(next)) open = { at: i, closer: SINGLE[ch]! };
    } else if (ch === open.closer && !/[\p{L}\p{N}]/u.test(next) && !/\s/.test(prev)) {
      // "the workers' union": a plural possessive is not a closing mark.
      if (/s$/.test(text.slice(i - 1, i)) && /\s/.test(next) && /^\s*\p{Ll}/u.test(text.slice(i + 1, i + 4)) && !/[,.!?]/.test(prev)) continue;
      push(out, open.at, i, [text.slice(open.at + 1, i)], text);
      open = null;
    }
  }
  return out;
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return i;
  return -1;
}
