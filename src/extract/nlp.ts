/**
 * The one door to compromise. Everything else in factdiff sees `Token`s: words with
 * offsets into the report, part-of-speech tags and lemmas. A library change touches
 * this file, compromise.ts (how its world is prepared) and terms.ts only.
 *
 * We load the CommonJS build of `compromise/two` (tagger + lemmas): it loads in about
 * half the time of the ESM entry point, and the later stages (`.people()`,
 * `.numbers()`) are replaced by our own scanners, which see hyphenated compounds,
 * table cells and hedges that those methods miss.
 */
import { createRequire } from 'node:module';
import { forgetWords, memo, prepareWorld, wordMemo, type World } from './compromise.js';

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
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: Set<string>;
  readonly root?: string;
  readonly normal?: string;
}
interface CompromiseDoc {
  compute(method: string): void;
  readonly docs: readonly (readonly CompromiseTerm[])[];
}
interface Nlp {
  (text: string): CompromiseDoc;
  world(): World;
}

let nlp: Nlp | null = null;

/**
 * compromise looks up `process.env.DEBUG_TAGS` each time it sets a tag, about once per
 * character of text. Node answers each lookup from the C environment (0.3 µs each: 160 ms
 * of the 1.9 s that tagging 600 Reuters documents takes), and with the variable set,
 * compromise prints a trace of its tagging to stdout, inside factdiff's own output. While
 * compromise runs it sees an empty object instead; `process.env` is put back before
 * anything else can run.
 */
const NO_ENV: NodeJS.ProcessEnv = Object.freeze({});

function quietly<T>(run: () => T): T {
  const env = process.env;
  try {
    process.env = NO_ENV;
  } catch {
    return run(); // process.env made read-only by someone else: leave it be
  }
  try {
    return run();
  } finally {
    process.env = env;
  }
}

function load(): Nlp {
  if (nlp === null) {
    const require = createRequire(import.meta.url);
    useCompromise(() => require('compromise/two'));
  }
  return nlp!;
}

/**
 * Loads `compromise/two` with the given loader (the startup snapshot bundles the library,
 * where `require` cannot find packages) and prepares it for tagging. The library is
 * loaded `quietly`: some of its modules keep a reference to `process.env` from load time.
 */
export function useCompromise(loadLibrary: () => unknown): void {
  nlp = quietly(loadLibrary) as Nlp;
  prepareWorld(nlp.world());
}

/**
 * Longest text handed to compromise in one call. Its matcher is super-linear in the
 * length of a sentence (a 100 KB line without full stops took 11 s, against 1.2 s for
 * 50 KB), so a run-on segment is tagged in pieces cut at spaces. Real sentences are far
 * shorter than this.
 */
const MAX_TAGGED = 2000;

/**
 * Tagged texts, by text. Tags are a function of the text alone (each segment is tagged on
 * its own), so a sentence seen before in this process (a paragraph that wire copy repeats
 * across versions, a draft quoting its source, an agency's boilerplate) is served from
 * here with the same tokens. Least recently used texts go first once the texts held pass
 * TAG_CACHE_CHARS: full, it held 4.5 MB of heap over corpus text.
 */
const tagCache = new Map<string, TaggedText>();
const TAG_CACHE_CHARS = 250_000;
let cachedChars = 0;

/** A text's tokens, as first tagged: at offset `base` of the report they came from. */
interface TaggedText {
  readonly base: number;
  readonly tokens: readonly Token[];
}

/**
 * Tags the words of `text`, which starts at offset `base` of the report. A text seen
 * before gets copies of its tokens moved to `base`; the first caller gets the tokens the
 * cache keeps, which nothing changes (tokens are read-only; repairNounPhrases runs before).
 */
export function tagText(text: string, base: number): Token[] {
  const cached = tagCache.get(text);
  if (cached === undefined) {
    const tokens = tagUncached(text, base);
    if (text.length <= TAG_CACHE_CHARS / 10) remember(text, { base, tokens });
    return tokens.slice();
  }
  // Most recently used last: Map keeps insertion order.
  tagCache.delete(text);
  tagCache.set(text, cached);
  const shift = base - cached.base;
  return cached.tokens.map((t) => token(t.text, t.start + shift, t.end + shift, t.tags, t.lemma, t.pre, t.post));
}

/**
 * A token, made in one place so that every token has one hidden class: a spread copy
 * (`{...t}`) gets a class of its own, and code that meets both is compiled again.
 */
function token(text: string, start: number, end: number, tags: ReadonlySet<string>, lemma: string, pre: string, post: string): Token {
  return { text, start, end, tags, lemma, pre, post };
}

function remember(text: string, tagged: TaggedText): void {
  tagCache.set(text, tagged);
  cachedChars += text.length;
  for (const [oldest] of tagCache) {
    if (cachedChars <= TAG_CACHE_CHARS) break;
    tagCache.delete(oldest);
    cachedChars -= oldest.length;
  }
}

/** Empties the cache of tagged texts (the startup snapshot is built without it). */
export function forgetTaggedTexts(): void {
  tagCache.clear();
  cachedChars = 0;
}

/**
 * Empties everything kept from the texts read so far: the cache of tagged texts and the
 * memos kept per word (compromise's word parses and lemmas, the places known). The next
 * text is tagged as in a process that has read none, with the same tokens; only the
 * compiled code stays warm. For a long-lived process that wants the memory back, and for
 * benchmarks that read the same texts again.
 */
export function forgetAllTexts(): void {
  forgetTaggedTexts();
  forgetWords();
}

function tagUncached(text: string, base: number): Token[] {
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

/** compromise's reading of `text`, tagged, with lemmas (`root`) when asked for. */
function parse(text: string, lemmas: boolean): CompromiseDoc {
  const library = load();
  return quietly(() => {
    const doc = library(text);
    if (lemmas) doc.compute('root');
    return doc;
  });
}

function tagPiece(text: string, base: number): Token[] {
  const doc = parse(text, true);
  const tokens: Token[] = [];
  // Terms come in text order; each is found from where the last one ended.
  let cursor = 0;
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      // compromise can keep odd whitespace (a stray U+FEFF) inside a term: trim it off.
      const word = term.text.trim();
      if (word === '') continue;
      const start = text.indexOf(word, cursor);
      if (start < 0) continue;
      cursor = start + word.length;
      tokens.push(token(word, base + start, base + cursor, sharedTags(term.tags), (term.root ?? term.normal ?? term.text).toLowerCase(), term.pre, term.post));
    }
  }
  repairNounPhrases(tokens);
  return tokens;
}

/**
 * Restores the two corrections of compromise's skipped last pass that the extractors
 * depend on; the first pass tags a noun that can also be a verb as a verb:
 * - after a number, a run of such words is the counted noun: "31 votes", "two new
 *   patrol boats" (the last word plural, the ones before it modifiers);
 * - inside a noun phrase, a base-form verb between a determiner, adjective or singular
 *   noun and a noun is a noun: "the school transport budget", "regional transport minister".
 * Mutates the tokens' tag sets (fresh copies, owned by the tokens).
 */
function repairNounPhrases(tokens: readonly Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.tags.has('Value') || punctuatedAfter(tokens, i)) continue;
    let k = i + 1;
    while (tokens[k]?.tags.has('Adjective') && !punctuatedAfter(tokens, k)) k++;
    const run = k;
    while (isVerbNoun(tokens[k]) && !punctuatedAfter(tokens, k) && isVerbNoun(tokens[k + 1])) k++;
    const head = tokens[k];
    if (!isVerbNoun(head) || !/s$/.test(head.text) || !head.tags.has('PresentTense')) continue;
    for (let m = run; m < k; m++) retag(tokens[m]!, ['Noun', 'Singular']);
    retag(head, ['Noun', 'Plural']);
  }
  for (let i = tokens.length - 2; i >= 1; i--) {
    const t = tokens[i]!;
    if (!isVerbNoun(t) || /s$/.test(t.text) || punctuatedAfter(tokens, i) || punctuatedAfter(tokens, i - 1)) continue;
    const left = tokens[i - 1]!.tags;
    const right = tokens[i + 1]!.tags;
    const opens = left.has('Determiner') || left.has('Adjective') || (left.has('Noun') && left.has('Singular') && !left.has('Pronoun') && !left.has('ProperNoun'));
    const closes = right.has('Noun') && !right.has('Pronoun') && !right.has('ProperNoun') && !right.has('Date') && !right.has('Value');
    if (opens && closes) retag(t, ['Noun', 'Singular']);
  }
}

/** A lower-case word the first pass tagged as a present-tense or base-form verb only. */
function isVerbNoun(t: Token | undefined): t is Token {
  return t !== undefined && t.tags.has('Verb') && (t.tags.has('PresentTense') || t.tags.has('Infinitive')) &&
    !t.tags.has('Modal') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && /^\p{Ll}+$/u.test(t.text);
}

function retag(t: Token, tags: readonly string[]): void {
  (t as { tags: ReadonlySet<string> }).tags = sharedTags(tags);
}

/**
 * One frozen-in-use set per combination of tags: tokens share them instead of owning a
 * Set each (a few hundred combinations occur; a set costs more memory than the rest of
 * a token). Nothing changes a token's set; retag gives the token another one. A
 * combination is looked up by its tags in order, each as a small number: up to
 * PACKED_TAGS of them packed into one number (a term has at most 7 over the corpus),
 * more into a string.
 */
const tagSets = new Map<number | string, ReadonlySet<string>>();
const tagIds = new Map<string, number>();
const PACKED_TAGS = 7;
/** Tag numbers are 1 to 127: seven of them fit a double's 53 bits exactly, and no two sequences share a key. */
const TAG_BASE = 128;

function sharedTags(tags: Iterable<string>): ReadonlySet<string> {
  let key: number | string = 0;
  let count = 0;
  for (const tag of tags) {
    let id = tagIds.get(tag);
    if (id === undefined) {
      id = tagIds.size + 1;
      if (id < TAG_BASE) tagIds.set(tag, id);
    }
    if (id >= TAG_BASE || ++count > PACKED_TAGS) {
      key = [...tags].join(',');
      break;
    }
    key = key * TAG_BASE + id;
  }
  let set = tagSets.get(key);
  if (set === undefined) {
    if (tagSets.size >= 10_000) tagSets.clear();
    tagSets.set(key, (set = new Set(tags)));
  }
  return set;
}

/** The punctuation and spaces written between token `i` and the token after it. */
export function gapAfter(tokens: readonly Token[], i: number): string {
  return (tokens[i]?.post ?? '') + (tokens[i + 1]?.pre ?? '');
}

/**
 * The gap after token `i` with an abbreviation's full stop left out: "Rep. Jim", "Anna M.
 * Kovacs" and "Dr. Lee" read as words side by side. An abbreviation is what compromise tags
 * one (titles and honorifics) or a single capital letter (an initial).
 */
export function wordGap(tokens: readonly Token[], i: number): string {
  const gap = gapAfter(tokens, i);
  if (!/^\.\s+$/.test(gap)) return gap;
  const t = tokens[i]!;
  return t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}$/u.test(t.text) ? gap.slice(1) : gap;
}

/** True when punctuation (not just spaces) separates token `i` from the next one. */
export function punctuatedAfter(tokens: readonly Token[], i: number, marks: RegExp = /[,;:.!?()[\]"“”«»—–]/): boolean {
  return marks.test(gapAfter(tokens, i));
}

const knownPlaces = wordMemo<boolean>();

/**
 * Whether compromise knows a single word as a place when it stands alone. In context its
 * tagger can call a country a person ("to grant Russia major gains" reads as a name).
 */
export function isKnownPlace(word: string): boolean {
  return memo(knownPlaces, word, () => {
    const term = parse(word, false).docs[0]?.[0];
    return term !== undefined && ['Place', 'Country', 'City', 'Region', 'Organization'].some((t) => term.tags.has(t));
  });
}

const aloneTags = wordMemo<ReadonlySet<string>>();

/**
 * The tags compromise gives a word read alone, in lower case: what the word is out of
 * context. A headline in title case capitalises every word, and in it compromise reads
 * "Names" or "As" as part of a name; alone they are a verb and a preposition.
 */
export function tagsAlone(word: string): ReadonlySet<string> {
  const lower = word.toLowerCase();
  return memo(aloneTags, lower, () => sharedTags(parse(lower, false).docs[0]?.[0]?.tags ?? []));
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
