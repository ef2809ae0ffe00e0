/**
 * The one door to compromise. Everything else in factdiff sees `Token`s: words with
 * offsets into the report, part-of-speech tags and lemmas. A library change touches
 * this file only.
 *
 * We load the CommonJS build of `compromise/two` (tagger + lemmas): it loads in about
 * half the time of the ESM entry point, and the later stages (`.people()`,
 * `.numbers()`) are replaced by our own scanners, which see hyphenated compounds,
 * table cells and hedges that those methods miss.
 */
import { createRequire } from 'node:module';

/** A word as compromise tagged it, positioned in the report. */
export interface Token {
  /** The word as written (no surrounding punctuation). */
  readonly text: string;
  /** Offset of the word's first code unit in the report. */
  readonly start: number;
  /** Offset one past its last code unit. */
  readonly end: number;
  /** Compromise tags ("Person", "Verb", "Plural", …). */
  readonly tags: ReadonlySet<string>;
  /** Lower-cased lemma ("killed" → "kill", "developments" → "development"). */
  readonly lemma: string;
  /** Punctuation and spaces written before the word. */
  readonly pre: string;
  /** Punctuation and spaces written after the word. */
  readonly post: string;
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  root?: string;
  normal?: string;
  offset: { start: number; length: number };
}
interface CompromiseDoc {
  compute(method: string): void;
  json(options: { offset: boolean }): { terms: CompromiseTerm[] }[];
}
type Nlp = (text: string) => CompromiseDoc;

let nlp: Nlp | null = null;

function load(): Nlp {
  if (nlp === null) {
    const require = createRequire(import.meta.url);
    nlp = require('compromise/two') as Nlp;
  }
  return nlp;
}

/**
 * Longest text handed to compromise in one call. Its matcher is super-linear in the
 * length of a sentence (a 100 KB line without full stops took 11 s, against 1.2 s for
 * 50 KB), so a run-on segment is tagged in pieces cut at spaces. Real sentences are far
 * shorter than this.
 */
const MAX_TAGGED = 2000;

/** Tags the words of `text`, which starts at offset `base` of the report. */
export function tagText(text: string, base: number): Token[] {
  if (text.length <= MAX_TAGGED) return tagPiece(text, base);
  const tokens: Token[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_TAGGED);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_TAGGED / 2) to = space;
    }
    tokens.push(...tagPiece(text.slice(from, to), base + from));
    from = to;
  }
  return tokens;
}

function tagPiece(text: string, base: number): Token[] {
  const doc = load()(text);
  doc.compute('root');
  const tokens: Token[] = [];
  for (const sentence of doc.json({ offset: true })) {
    for (const term of sentence.terms) {
      // compromise can keep odd whitespace (a stray U+FEFF) inside a term: trim it off.
      const word = term.text.trim();
      if (word === '') continue;
      // compromise's offset covers the term's text; locate it exactly in case of normalisation.
      let start = term.offset.start;
      const found = text.indexOf(word, Math.max(0, start - 2));
      if (found >= 0 && found <= start + term.text.length) start = found;
      tokens.push({
        text: word,
        start: base + start,
        end: base + start + word.length,
        tags: new Set(term.tags),
        lemma: (term.root ?? term.normal ?? term.text).toLowerCase(),
        pre: term.pre,
        post: term.post,
      });
    }
  }
  return tokens;
}

/** The punctuation and spaces written between token `i` and the token after it. */
export function gapAfter(tokens: readonly Token[], i: number): string {
  return (tokens[i]?.post ?? '') + (tokens[i + 1]?.pre ?? '');
}

/** True when punctuation (not just spaces) separates token `i` from the next one. */
export function punctuatedAfter(tokens: readonly Token[], i: number, marks: RegExp = /[,;:.!?()[\]"“”«»—–]/): boolean {
  return marks.test(gapAfter(tokens, i));
}

const placeCache = new Map<string, boolean>();

/**
 * Whether compromise knows a single word as a place when it stands alone. In context its
 * tagger can call a country a person ("to grant Russia major gains" reads as a name).
 */
export function isKnownPlace(word: string): boolean {
  let known = placeCache.get(word);
  if (known === undefined) {
    const term = load()(word).json({ offset: true })[0]?.terms[0];
    known = term !== undefined && ['Place', 'Country', 'City', 'Region', 'Organization'].some((t) => term.tags.includes(t));
    placeCache.set(word, known);
  }
  return known;
}

/** Index of the first item whose key is at or after `offset` (items sorted by that key). */
export function lowerBound<T>(items: readonly T[], offset: number, key: (x: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
