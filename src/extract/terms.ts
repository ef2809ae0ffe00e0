/**
 * compromise's word splitter (`splitTerms`, compromise 14.x: src/1-one/tokenize/methods/
 * 02-terms), rewritten to give the same chunks with less work per word: the hyphen rules
 * run only on words with a dash (compromise splits every word on dashes to find out),
 * and the slash and range joins only on chunks with a slash or a leading digit.
 * tests/extract/terms.test.ts checks it against compromise's own on fixtures and on random
 * text; nlp.ts uses it in place of compromise's.
 */

/** The parts of compromise's model the splitter reads. */
export interface SplitModel {
  readonly one: {
    readonly prefixes: Readonly<Record<string, unknown>>;
    readonly suffixes: Readonly<Record<string, unknown>>;
  };
}

const DASH = /[-–—]/;
const NOT_WORD = new Set(['.', '?', '!', ':', ';', '-', '–', '—', '--', '...', '(', ')', '[', ']', '"', "'", '`', '«', '»', '*', '•']);
const BOUNDARY = /^[!?.]+$/;
const WORDLIKE = /\S/;
const SLASHED = /\p{L} ?\/ ?\p{L}+$/u;
const RANGE_START = /^[0-9]{1,4}(:[0-9][0-9])?([a-z]{1,2})? ?[-–—] ?$/;
const RANGE_END = /^[0-9]{1,4}([a-z]{1,2})? ?$/;
const LETTERS_DASH = /^([a-z\u00C0-\u00FF`"'/]+)[-–—]([a-z0-9\u00C0-\u00FF].*)/i;
const DIGITS_DASH = /^[('"]?([0-9]{1,4})[-–—]([a-z\u00C0-\u00FF`"'/-]+[)'"]?$)/i;

/** Splits a sentence into chunks: each word with the punctuation and space after it. */
export function splitTerms(sentence: string, model: SplitModel): string[] {
  const pieces: string[] = [];
  for (const piece of sentence.split(/(\S+)/)) {
    if (splitsAtHyphen(piece, model)) pieces.push(...splitHyphens(piece));
    else pieces.push(piece);
  }
  // Whitespace and lone punctuation go onto the end of the word before them.
  const chunks: (string | null)[] = [];
  let carry = '';
  for (const piece of pieces) {
    if (WORDLIKE.test(piece) && !NOT_WORD.has(piece) && !BOUNDARY.test(piece)) {
      if (chunks.length > 0) {
        chunks[chunks.length - 1] += carry;
        chunks.push(piece);
      } else {
        chunks.push(carry + piece);
      }
      carry = '';
    } else {
      carry += piece;
    }
  }
  if (carry) {
    if (chunks.length === 0) chunks[0] = '';
    chunks[chunks.length - 1] += carry;
  }
  joinSlashes(chunks);
  joinRanges(chunks);
  return chunks.filter((c): c is string => Boolean(c));
}

/** compromise's hasHyphen: "aug-20" and "20-aug" split, "re-do", "flower-like" and "x-ray" do not. */
function splitsAtHyphen(word: string, model: SplitModel): boolean {
  if (!DASH.test(word)) return false;
  const parts = word.split(/[-–—]/);
  if (parts[0]!.length === 1 && /[a-z]/i.test(parts[0]!)) return false;
  if (Object.hasOwn(model.one.prefixes, parts[0]!)) return false;
  if (Object.hasOwn(model.one.suffixes, parts[1]!.trim().replace(/[.?!]$/, ''))) return false;
  return LETTERS_DASH.test(word) || DIGITS_DASH.test(word);
}

function splitHyphens(word: string): string[] {
  const parts = word.split(/[-–—]/);
  const dash = DASH.exec(word)![0];
  return parts.map((part, i) => (i === parts.length - 1 ? part : part + dash));
}

/** "he / she" is one chunk. */
function joinSlashes(chunks: (string | null)[]): void {
  for (let i = 1; i < chunks.length - 1; i++) {
    const c = chunks[i];
    if (c && c.includes('/') && SLASHED.test(c)) {
      chunks[i - 1] += c + chunks[i + 1];
      chunks[i] = null;
      chunks[i + 1] = null;
    }
  }
}

/** "2 - 5" is one chunk, like "2-5". */
function joinRanges(chunks: (string | null)[]): void {
  for (let i = 0; i < chunks.length - 1; i++) {
    const c = chunks[i];
    const next = chunks[i + 1];
    if (next && c && isDigit(c.charCodeAt(0)) && RANGE_START.test(c) && RANGE_END.test(next)) {
      chunks[i] = c + next;
      chunks[i + 1] = null;
    }
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
