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
/** A term as compromise's tokenizer makes it, before tagging. */
interface ParsedTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  normal?: string | undefined;
  // Set by compromise's later steps (see freshTerm).
  index?: unknown;
  dirty?: unknown;
  confidence?: unknown;
  chunk?: unknown;
  switch?: unknown;
  root?: unknown;
  machine?: unknown;
  id?: unknown;
  implicit?: unknown;
  alias?: unknown;
  frozen?: unknown;
}
interface Tokenizer {
  fromString: (input: string, world: World) => ParsedTerm[][];
  splitSentences: (input: string, world: World) => string[];
  splitTerms: (sentence: string, model: unknown) => string[];
  splitWhitespace: (chunk: string, model: unknown) => ParsedTerm;
}
interface World {
  hooks: string[];
  model: { two: { irregularPlurals: Record<string, string> } };
  compute: {
    normal: (view: { docs: ParsedTerm[][]; world: World }) => void;
    unfreeze: <V extends { docs: ParsedTerm[][] }>(view: V) => V;
  };
  methods: {
    one: { tokenize: Tokenizer };
    two: {
      transform: {
        noun: { toSingular: (word: string, model: unknown) => string };
        verb: { toInfinitive: (word: string, model: unknown, tense?: string) => string };
      };
    };
  };
}
interface Nlp {
  (text: string): CompromiseDoc;
  world(): World;
}

let nlp: Nlp | null = null;

/**
 * compromise's last pass, `postTagger`, corrects the first pass's tags with a few
 * hundred context patterns and costs about two thirds of all tagging. Our extractors
 * read few tags, so the pass is left out and the two corrections they need are made
 * here (repairNounPhrases). `npm run eval` gives the same table with and without the
 * pass; the README's performance section has the speed figures. `typeahead` (no
 * prefixes are loaded) and `id` (ids serve compromise's own views, which we do not use)
 * change nothing we read: every token and tag of the corpus is the same without them.
 */
const SKIPPED_HOOKS = new Set(['postTagger', 'typeahead', 'id']);

/**
 * compromise's lemma step (`compute('root')`) calls these transforms for every plural
 * and verb; `toSingular` rebuilds an inverted table of irregular plurals on every call.
 * For one loaded model they are pure functions of the word (and tense), so their answers
 * are kept, one entry per distinct word form, emptied when they pass MEMO_LIMIT.
 */
function memoiseTransforms(world: World): void {
  const { noun, verb } = world.methods.two.transform;
  // toSingular looks a word up in the inverted table of irregular plurals, then tries its
  // suffix rules. The table is inverted here once; the rules run with an empty table, the
  // only part of the model toSingular reads.
  const singular = noun.toSingular;
  const irregular = new Map(Object.entries(world.model.two.irregularPlurals).map(([one, many]) => [many, one]));
  const rulesOnly = { two: { irregularPlurals: {} } };
  const singulars = new Map<string, string>();
  noun.toSingular = (word) => memo(singulars, word, () => irregular.get(word) ?? singular(word, rulesOnly));
  const infinitive = verb.toInfinitive;
  const infinitives = new Map<string, string>();
  verb.toInfinitive = (word, model, tense) => memo(infinitives, `${tense ?? ''}|${word}`, () => infinitive(word, model, tense));
}

const MEMO_LIMIT = 50_000;

/**
 * A term as compromise's tokenizer makes it, with every property that compromise's later
 * steps may give it already there (undefined), in the order most terms end up with them.
 * Those steps add them one by one in many orders (66 over 300 corpus documents), and each
 * order is another hidden class, which leaves V8's code for the tagger polymorphic; none of
 * them asks whether a property exists, only what it holds.
 */
function freshTerm(p: WordParse): ParsedTerm {
  return {
    text: p.text, pre: p.pre, post: p.post, tags: new Set<string>(), normal: p.normal,
    index: undefined, dirty: undefined, confidence: undefined, chunk: undefined, switch: undefined,
    root: undefined, machine: undefined, id: undefined, implicit: undefined, alias: undefined, frozen: undefined,
  };
}

/** Longest chunk (word with its punctuation and space) whose parse is kept. */
const MEMOISED_CHUNK = 40;

/** A written word as compromise's tokenizer reads it: the word, its punctuation, its normal form. */
interface WordParse {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly normal: string | undefined;
}

/**
 * compromise's tokenizer splits a text into sentences, each sentence into chunks (a word
 * with the punctuation and space around it), then parses every chunk on its own: it peels
 * the punctuation off character by character and normalises the word with a dozen regular
 * expressions. That parse is a function of the chunk alone, and news copy repeats its
 * words, so it is kept per chunk (MEMO_LIMIT of them); each term is still a fresh object,
 * as compromise's later steps change terms in place. The splitting is compromise's own.
 * Chunks longer than MEMOISED_CHUNK (URLs, hashes, run-on text cut into pieces) are parsed
 * each time: they seldom repeat, and kept they could make the memo hold megabytes.
 */
function memoiseWordParse(world: World): void {
  const tokenize = world.methods.one.tokenize;
  const { splitSentences, splitTerms, splitWhitespace } = tokenize;
  const normalise = world.compute.normal;
  const parses = new Map<string, WordParse>();
  const parseUncached = (chunk: string, into: World): WordParse => {
    const term = splitWhitespace(chunk, into.model);
    normalise({ docs: [[term]], world: into });
    return { text: term.text, pre: term.pre, post: term.post, normal: term.normal };
  };
  const parseWord = (chunk: string, into: World): WordParse =>
    chunk.length > MEMOISED_CHUNK ? parseUncached(chunk, into) : memo(parses, chunk, () => parseUncached(chunk, into));
  tokenize.fromString = (input, into) =>
    splitSentences(input || '', into).map((sentence) =>
      splitTerms(sentence, into.model).map((chunk) => freshTerm(parseWord(chunk, into))),
    );
}

/**
 * compromise's `unfreeze` step deletes each term's `frozen` property. It runs after its
 * contraction step re-tags the words around a contraction ("it's", "won't"), so about one
 * term in a hundred lost the property, and a term without it is of another hidden class,
 * which the tagger's functions then meet beside the usual one (polymorphic code, some of
 * it deoptimised). Terms are made with `frozen` undefined (freshTerm), and nothing asks
 * whether the property exists, so unfreezing sets it back to undefined instead.
 */
function unfreezeInPlace(world: World): void {
  world.compute.unfreeze = (view) => {
    for (const terms of view.docs) for (const term of terms) term.frozen = undefined;
    return view;
  };
}

/** `cache`'s answer for `key`, computed once; the cache is emptied when it reaches MEMO_LIMIT. */
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, (found = compute()));
  }
  return found;
}

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
  const world = nlp.world();
  world.hooks = world.hooks.filter((h) => !SKIPPED_HOOKS.has(h));
  memoiseTransforms(world);
  memoiseWordParse(world);
  unfreezeInPlace(world);
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
const tagCache = new Map<string, readonly Token[]>();
const TAG_CACHE_CHARS = 250_000;
let cachedChars = 0;

/** Tags the words of `text`, which starts at offset `base` of the report. */
export function tagText(text: string, base: number): Token[] {
  let tokens = tagCache.get(text);
  if (tokens === undefined) {
    tokens = tagUncached(text);
    if (text.length <= TAG_CACHE_CHARS / 10) remember(text, tokens);
  } else {
    // Most recently used last: Map keeps insertion order.
    tagCache.delete(text);
    tagCache.set(text, tokens);
  }
  return tokens.map((t) => ({ ...t, start: t.start + base, end: t.end + base }));
}

function remember(text: string, tokens: readonly Token[]): void {
  tagCache.set(text, tokens);
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

function tagUncached(text: string): Token[] {
  if (text.length <= MAX_TAGGED) return tagPiece(text, 0);
  const tokens: Token[] = [];
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + MAX_TAGGED);
    if (to < text.length) {
      const space = text.lastIndexOf(' ', to);
      if (space > from + MAX_TAGGED / 2) to = space;
    }
    tokens.push(...tagPiece(text.slice(from, to), from));
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
      tokens.push({
        text: word,
        start: base + start,
        end: base + cursor,
        tags: sharedTags(term.tags),
        lemma: (term.root ?? term.normal ?? term.text).toLowerCase(),
        pre: term.pre,
        post: term.post,
      });
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
 * a token). Nothing changes a token's set; retag gives the token another one.
 */
const tagSets = new Map<string, ReadonlySet<string>>();

function sharedTags(tags: Iterable<string>): ReadonlySet<string> {
  let key = '';
  for (const tag of tags) key += `${tag},`;
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
    const term = parse(word, false).docs[0]?.[0];
    known = term !== undefined && ['Place', 'Country', 'City', 'Region', 'Organization'].some((t) => term.tags.has(t));
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
