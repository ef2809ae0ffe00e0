/**
 * How factdiff prepares compromise's world before tagging with it (nlp.ts loads the
 * library and calls prepareWorld): steps it does not need are left out, and hot steps
 * are given cheaper ways to the same answers. Each replacement keeps compromise's
 * results term for term: tests/extract/compromise.test.ts compares them with an unpatched
 * copy of the installed compromise, and the README's performance section gives each one's
 * measured effect. The copies of compromise's steps here (setTag, freeze, lexicon) and in
 * terms.ts, and the table of its regular expressions (NEEDS_A_NON_LETTER), follow
 * compromise 14.17.0's source; on an upgrade, compare them with the new one.
 */
import { splitTerms, type SplitModel } from './terms.js';

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
/** A known contraction of compromise's model: a whole word, or a part before or after an apostrophe. */
interface Contraction {
  readonly word?: string;
  readonly before?: string;
  readonly after?: string;
}
/** What compromise's tag set says of a tag: the tags it excludes and the tags it implies. */
interface TagInfo {
  readonly not?: readonly string[];
  readonly parents?: readonly string[];
}
/** A rule of compromise's second pass: an expression (anything with `test`), its tag or tags, and a name for its traces. */
export type RegexRule = [{ test: (s: string) => boolean }, unknown, unknown?];
type SetTag = (terms: ParsedTerm[], tag: unknown, world: World, isSafe?: boolean | null, reason?: string) => void;
export interface World {
  hooks: string[];
  model: {
    one: SplitModel['one'] & {
      contractions: readonly Contraction[];
      tagSet?: Readonly<Record<string, TagInfo>>;
      frozenLex: Readonly<Record<string, unknown>>;
      lexicon: Readonly<Record<string, unknown>>;
      _multiCache?: Readonly<Record<string, number>>;
    };
    two: { irregularPlurals: Record<string, string>; regexText: RegexRule[]; regexNormal: RegexRule[] };
  };
  compute: {
    normal: (view: { docs: ParsedTerm[][]; world: World }) => void;
    unfreeze: <V extends { docs: ParsedTerm[][] }>(view: V) => V;
    contractions: (view: { docs: ParsedTerm[][] }) => void;
    machine: (view: { docs: ParsedTerm[][]; world: World }) => void;
    freeze: (view: { docs: ParsedTerm[][]; world: World }) => void;
    lexicon: (view: { docs: ParsedTerm[][]; world: World }) => void;
  };
  methods: {
    one: { tokenize: Tokenizer; setTag: SetTag };
    two: {
      transform: {
        noun: { toSingular: (word: string, model: unknown) => string };
        verb: { toInfinitive: (word: string, model: unknown, tense?: string) => string };
      };
    };
  };
}

/**
 * compromise's last pass, `postTagger`, corrects the first pass's tags with a few
 * hundred context patterns and costs about two thirds of all tagging. Our extractors
 * read few tags, so the pass is left out and the two corrections they need are made
 * in nlp.ts (repairNounPhrases). `npm run eval` gives the same table with and without the
 * pass; the README's performance section has the speed figures. `typeahead` (no
 * prefixes are loaded) and `id` (ids serve compromise's own views, which we do not use)
 * change nothing we read: every token and tag of the corpus is the same without them.
 */
const SKIPPED_HOOKS = new Set(['postTagger', 'typeahead', 'id']);

/**
 * compromise's lemma step (`compute('root')`) calls these transforms for every plural
 * and verb; `toSingular` rebuilds an inverted table of irregular plurals on every call.
 * For one loaded model they are pure functions of the word (and tense), so their answers
 * are kept, one entry per distinct word form (and tense), each table emptied when it
 * passes MEMO_LIMIT.
 */
function memoiseTransforms(world: World): void {
  const { noun, verb } = world.methods.two.transform;
  // toSingular looks a word up in the inverted table of irregular plurals, then tries its
  // suffix rules. The table is inverted here once; the rules run with an empty table, the
  // only part of the model toSingular reads.
  const singular = noun.toSingular;
  const irregular = new Map(Object.entries(world.model.two.irregularPlurals).map(([one, many]) => [many, one]));
  const rulesOnly = { two: { irregularPlurals: {} } };
  const singulars = wordMemo<string>();
  noun.toSingular = (word) => memo(singulars, word, () => irregular.get(word) ?? singular(word, rulesOnly));
  const infinitive = verb.toInfinitive;
  // By tense, then by word: no key string to build for each call.
  const infinitives = wordMemo<Map<string, string>>();
  verb.toInfinitive = (word, model, tense) => {
    let byWord = infinitives.get(tense ?? '');
    if (byWord === undefined) infinitives.set(tense ?? '', (byWord = new Map()));
    return memo(byWord, word, () => infinitive(word, model, tense));
  };
}

const MEMO_LIMIT = 50_000;

/** The memos whose keys are words of the texts seen (not the model's constants). */
const wordMemos: Map<string, unknown>[] = [];

/** A new memo of answers per word (for `memo`), emptied by forgetWords. */
export function wordMemo<T>(): Map<string, T> {
  const table = new Map<string, T>();
  wordMemos.push(table as Map<string, unknown>);
  return table;
}

/**
 * Empties every memo kept per word seen (parses, singulars, infinitives, nlp.ts's places): the next text is
 * read as if no text had been read before, with the same results (the memos only keep
 * answers). Memory goes back to the model's alone.
 */
export function forgetWords(): void {
  for (const table of wordMemos) table.clear();
}

/**
 * A term as compromise's tokenizer makes it, with every property that compromise's later
 * steps may give it already there (undefined), in the order most terms end up with them.
 * Those steps add them one by one in many orders (66 over 300 corpus documents), and each
 * order is another hidden class, which leaves V8's code for the tagger polymorphic; none of
 * them asks whether a property exists, only what it holds.
 */
function freshTerm(p: WordParse): ParsedTerm {
  return newTerm(p.text, p.pre, p.post, p.normal);
}

function newTerm(text: string, pre: string, post: string, normal: string | undefined): ParsedTerm {
  return {
    text, pre, post, tags: new Set<string>(), normal,
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
 * as compromise's later steps change terms in place. Sentences are split by compromise;
 * sentences into chunks by terms.ts, as compromise splits them.
 * Chunks longer than MEMOISED_CHUNK (URLs, hashes, run-on text cut into pieces) are parsed
 * each time: they seldom repeat, and kept they could make the memo hold megabytes.
 */
function memoiseWordParse(world: World): void {
  const tokenize = world.methods.one.tokenize;
  const { splitSentences, splitWhitespace } = tokenize;
  const normalise = world.compute.normal;
  const parses = wordMemo<WordParse>();
  const parseUncached = (chunk: string, into: World): WordParse => {
    const term = splitWhitespace(chunk, into.model);
    normalise({ docs: [[term]], world: into });
    return { text: term.text, pre: term.pre, post: term.post, normal: term.normal };
  };
  const parseWord = (chunk: string, into: World): WordParse =>
    chunk.length > MEMOISED_CHUNK ? parseUncached(chunk, into) : memo(parses, chunk, () => parseUncached(chunk, into));
  tokenize.fromString = (input, into) =>
    splitSentences(input || '', into).map((sentence) =>
      splitTerms(sentence, into.model).map((chunk) => (PLAIN_WORD.test(chunk) ? plainTerm(chunk) : freshTerm(parseWord(chunk, into)))),
    );
}

/**
 * A word of ASCII letters and one space after it (82% of the corpus's chunks): compromise
 * parses it into the word, no punctuation, the space, and the word in lower case (no
 * punctuation to peel, no accents to fold, no acronym: its rules need capitals or dots
 * after lower-casing), so it is made directly, without the memo's lookup.
 */
const PLAIN_WORD = /^[A-Za-z]+ $/;

function plainTerm(chunk: string): ParsedTerm {
  const text = chunk.slice(0, -1);
  return newTerm(text, '', ' ', text.toLowerCase());
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

/**
 * compromise's `setTag`, which its lexicon, frozen-word and tagger steps call for every tag
 * they give, with the same effect on each term in a cheaper way:
 * - it trims the tag name, tests it for spaces and strips a '#' with regular expressions
 *   on every call; the answer is kept per tag name (the names are a few hundred constants);
 * - before adding a tag it deletes, one by one, each tag the tag set says conflicts with
 *   it (47 on average, of 88 tags); the term's own tags (a handful) are looked up among
 *   them instead. Deleting a tag the term does not have changes nothing, and where
 *   compromise gives up on a term in safe mode (a conflicting tag found), it has deleted
 *   none of the term's tags, so the result is the same.
 * Tags other than strings and arrays of strings (an error in compromise's data) go to
 * compromise's own function, which warns. The debugging trace (`DEBUG_TAGS`) is not
 * printed: compromise runs with an empty environment here (nlp.ts, `quietly`).
 */
function fasterSetTag(world: World): void {
  const methods = world.methods.one;
  const original = methods.setTag;
  const shapes = new Map<string, TagShape>();
  const shapeOf = (tag: string): TagShape =>
    memo(shapes, tag, () => {
      const t = tag.trim();
      return t.includes(' ') ? { one: '', multi: t.split(' ').map((x) => (x ? x.replace(/^#/, '') : null)) } : { one: t.replace(/^#/, ''), multi: null };
    });
  const setTag: SetTag = (terms, tag, into, isSafe, reason) => {
    if (!tag) return;
    if (Array.isArray(tag)) {
      for (const t of tag) setTag(terms, t, into, isSafe);
      return;
    }
    if (typeof tag !== 'string') return original(terms, tag, into, isSafe, reason);
    const tagSet = into.model.one.tagSet ?? {};
    const shape = shapeOf(tag);
    if (shape.multi !== null) {
      // '#Noun #Verb': one tag for each term in turn (an empty part skips its term).
      for (let i = 0; i < terms.length; i++) {
        const t = shape.multi[i];
        if (t !== null && t !== undefined) tagTerm(terms[i]!, t, tagSet, isSafe);
      }
      return;
    }
    for (let i = 0; i < terms.length; i++) tagTerm(terms[i]!, shape.one, tagSet, isSafe);
  };
  methods.setTag = setTag;
}

/** A tag name as setTag reads it: one tag, or one per term ("#Noun #Verb"). */
interface TagShape {
  readonly one: string;
  readonly multi: readonly (string | null)[] | null;
}

/** compromise's tagTerm: gives `term` the tag and its parents, unless it has the tag already. */
function tagTerm(term: ParsedTerm, tag: string, tagSet: Readonly<Record<string, TagInfo>>, isSafe: boolean | null | undefined): void {
  if (term.tags.has(tag) || tag === '.') return;
  if (term.frozen === true) isSafe = true;
  const known = tagSet[tag];
  if (known) {
    const not = known.not;
    if (not !== undefined && not.length > 0) {
      const conflicts = conflictsOf(known, not);
      let clash: string[] | null = null;
      for (const t of term.tags) if (conflicts.has(t)) (clash ??= []).push(t);
      if (clash !== null) {
        if (isSafe === true) return;
        for (const t of clash) term.tags.delete(t);
      }
    }
    const parents = known.parents;
    if (parents !== undefined) {
      for (let o = 0; o < parents.length; o++) {
        term.tags.add(parents[o]!);
        addChunk(term, parents[o]!);
      }
    }
  }
  term.tags.add(tag);
  term.dirty = true;
  addChunk(term, tag);
}

const conflictSets = new WeakMap<TagInfo, ReadonlySet<string>>();

function conflictsOf(known: TagInfo, not: readonly string[]): ReadonlySet<string> {
  let set = conflictSets.get(known);
  if (set === undefined) conflictSets.set(known, (set = new Set(not)));
  return set;
}

function addChunk(term: ParsedTerm, tag: string): void {
  if (tag === 'Noun' || tag === 'Verb') term.chunk = tag;
}

/**
 * compromise's contraction step compares every word with each of the 61 contractions it
 * knows ("cannot", "gonna", "'ll", "l'"), in order, and takes the first that fits. A word
 * without an apostrophe can only fit one by being it ("cannot"), so for a text without an
 * apostrophe the step is given only the contractions that are one of its words, in the
 * same order (usually none); a text with one gets the whole list. Same terms either way.
 */
function narrowContractions(world: World): void {
  const contractions = world.compute.contractions;
  const model = world.model.one;
  const all = model.contractions;
  const whole = new Set(all.flatMap((c) => (c.word === undefined ? [] : [c.word])));
  world.compute.contractions = (view) => {
    let found: Set<string> | null = null;
    for (const terms of view.docs) {
      for (const term of terms) {
        const normal = term.normal;
        if (normal === undefined || normal.includes("'")) return contractions(view);
        if (whole.has(normal)) (found ??= new Set()).add(normal);
      }
    }
    const some = found;
    model.contractions = some === null ? [] : all.filter((c) => c.word !== undefined && some.has(c.word));
    try {
      contractions(view);
    } finally {
      model.contractions = all;
    }
  };
}

/** The characters compromise's `machine` form removes or rewrites: possessives, "-in'", dashes, '#', '@'. */
const MACHINE_MARKS = /['’#@-]/;

/**
 * compromise's `machine` step gives each term a form with possessives, dropped g's
 * ("lookin'"), inner dashes and a leading '#' or '@' rewritten: five regular-expression
 * replacements a term. For a word with none of the characters they look for (most words)
 * they change nothing, and the form is the word itself; only the others go through
 * compromise's step.
 */
function quickMachine(world: World): void {
  const machine = world.compute.machine;
  world.compute.machine = (view) => {
    for (const terms of view.docs) {
      for (const term of terms) {
        const str = (term.implicit as string | undefined) || term.normal || term.text;
        if (MACHINE_MARKS.test(str)) machine({ docs: [[term]], world: view.world });
        else if (str !== term.normal) term.machine = str;
      }
    }
  };
}

/**
 * compromise's `freeze` step looks multi-word phrases up in its frozen lexicon (95
 * phrases, "prime minister", "the hague"): at every word that starts any multi-word entry
 * of any lexicon (2,133 words, "the", "new", "a"), it joins the next words into strings
 * of each length up to the longest such entry and looks each up, 131,668 joins over the
 * corpus. A frozen phrase can only match where the word and the next one are its first
 * two words, so the joins are made only there (the rest of the step is compromise's
 * code); where either word has a space in it, the step joins as compromise does.
 */
function gatedFreeze(world: World): void {
  const startsPhrase = phraseGate();
  world.compute.freeze = (view) => {
    const model = view.world.model.one;
    const setTag = view.world.methods.one.setTag;
    const frozen = model.frozenLex;
    const multi = model._multiCache ?? {};
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i++) {
        const t = terms[i]!;
        const word = form(t);
        const end = phraseEnd(terms, i, word, multi, frozen, startsPhrase);
        for (let k = end; k > i; k--) {
          const words = terms.slice(i, k + 1);
          const str = words.map(form).join(' ');
          if (Object.hasOwn(frozen, str)) {
            setTag(words, frozen[str], view.world, false, '1-frozen-multi-lexicon');
            for (const w of words) w.frozen = true;
          }
        }
        if (frozen[word] !== undefined && Object.hasOwn(frozen, word)) {
          setTag([t], frozen[word], view.world, false, '1-freeze-lexicon');
          t.frozen = true;
        }
      }
    }
  };
}

/**
 * compromise's `lexicon` step, which gives each untagged word its lexicon tags: first a
 * multi-word entry starting at the word (4,578 of them), by the same joins as the freeze
 * step (131,000 over the corpus, 5,000 of them where an entry starts with the word and
 * the next), then the word alone, through an alias, or after a prefix. Our copy of
 * compromise's step, with the same gate on the joins as gatedFreeze.
 */
function gatedLexicon(world: World): void {
  const startsPhrase = phraseGate();
  world.compute.lexicon = (view) => {
    const model = view.world.model.one;
    const setTag = view.world.methods.one.setTag;
    const lexicon = model.lexicon;
    const multi = model._multiCache ?? {};
    for (const terms of view.docs) {
      for (let i = 0; i < terms.length; i++) {
        if (terms[i]!.tags.size !== 0) continue;
        const word = form(terms[i]!);
        const end = phraseEnd(terms, i, word, multi, lexicon, startsPhrase);
        if (end > i && tagPhrase(terms, i, end, lexicon, setTag, view.world)) continue;
        tagWord(terms[i]!, word, lexicon, setTag, view.world);
      }
    }
  };
}

/**
 * Where compromise's joins for a multi-word entry starting at term `i` (`word`) end: the
 * longest entry any lexicon has for the word (its `_multiCache`), or `i` (no joins) when
 * the word ends the sentence or no entry of `lexicon` starts with it and the next word.
 */
function phraseEnd(
  terms: readonly ParsedTerm[], i: number, word: string, multi: Readonly<Record<string, number>>,
  lexicon: Readonly<Record<string, unknown>>, startsPhrase: ReturnType<typeof phraseGate>,
): number {
  const longest = multi[word];
  if (longest === undefined || i + 1 >= terms.length || !startsPhrase(lexicon, word, form(terms[i + 1]!))) return i;
  return i + longest - 1;
}

/** compromise's multi-word lookup: the longest entry from `start` to at most `end`. */
function tagPhrase(terms: ParsedTerm[], start: number, end: number, lexicon: Readonly<Record<string, unknown>>, setTag: SetTag, world: World): boolean {
  for (let k = end; k > start; k--) {
    const words = terms.slice(start, k + 1);
    const str = words.map(form).join(' ');
    if (Object.hasOwn(lexicon, str)) {
      const tag = lexicon[str] as string | string[] | undefined;
      setTag(words, tag, world, false, '1-multi-lexicon');
      // Phrasal verbs: the second word is a particle.
      if (tag && tag.length === 2 && (tag[0] === 'PhrasalVerb' || tag[1] === 'PhrasalVerb')) setTag([words[1]!], 'Particle', world, false, '1-phrasal-particle');
      return true;
    }
  }
  return false;
}

const VERB_PREFIX = /^(under|over|mis|re|un|dis|semi|pre|post)-?/;
const PREFIXABLE = new Set(['Verb', 'Infinitive', 'PastTense', 'Gerund', 'PresentTense', 'Adjective', 'Participle']);

/** compromise's single-word lookup: the word, one of its aliases, or its stem after a prefix ("overwork"). */
function tagWord(t: ParsedTerm, word: string, lexicon: Readonly<Record<string, unknown>>, setTag: SetTag, world: World): void {
  if (lexicon[word] !== undefined && Object.hasOwn(lexicon, word)) {
    setTag([t], lexicon[word], world, false, '1-lexicon');
    return;
  }
  const aliases = t.alias as string[] | undefined;
  if (aliases) {
    const found = aliases.find((a) => Object.hasOwn(lexicon, a));
    if (found) {
      setTag([t], lexicon[found], world, false, '1-lexicon-alias');
      return;
    }
  }
  if (VERB_PREFIX.test(word)) {
    const stem = word.replace(VERB_PREFIX, '');
    if (Object.hasOwn(lexicon, stem) && stem.length > 3 && PREFIXABLE.has(lexicon[stem] as string)) setTag([t], lexicon[stem], world, false, '1-lexicon-prefix');
  }
}

/** The form compromise's lexicons are keyed by. */
function form(t: ParsedTerm): string {
  return (t.machine as string | undefined) || t.normal!;
}

/**
 * Whether an entry of `lexicon` can start with `word` then `next`, as compromise joins
 * them (with a space). The entries' first two words are read off the lexicon the first
 * time (again if the lexicon is another object): first word → second words. Where either
 * word has a space in it, the answer is yes, and compromise's joins decide.
 */
function phraseGate(): (lexicon: Readonly<Record<string, unknown>>, word: string, next: string) => boolean {
  let read: Readonly<Record<string, unknown>> | null = null;
  let pairs = new Map<string, Set<string>>();
  return (lexicon, word, next) => {
    if (lexicon !== read) {
      read = lexicon;
      pairs = new Map();
      for (const entry of Object.keys(lexicon)) {
        const [first, second] = entry.split(' ');
        if (second === undefined) continue;
        let seconds = pairs.get(first!);
        if (seconds === undefined) pairs.set(first!, (seconds = new Set()));
        seconds.add(second);
      }
    }
    return word.includes(' ') || next.includes(' ') || pairs.get(word)?.has(next) === true;
  };
}

/** `cache`'s answer for `key`, computed once; the cache is emptied when it reaches MEMO_LIMIT. */
export function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, (found = compute()));
  }
  return found;
}

/**
 * compromise's second pass tests every word against two lists of regular expressions, in
 * order, and tags it by the first that matches: `regexText` on the word as written (6
 * expressions), then `regexNormal` on its normal form (14). Almost all words are ASCII
 * letters only, and most of the expressions cannot match such a word: each needs a
 * character that is not a letter (# @ . / - or an apostrophe) or, for emoji, a non-ASCII one.
 * Each list becomes one rule whose test runs, in the list's order, only the expressions
 * that can match the word: for a word of letters, those not in NEEDS_A_NON_LETTER. The
 * rule then takes the matching expression's tag and name, which compromise reads from it
 * at once (to set the tag and name the trace), so the outcome is the list's own. An
 * expression this table does not know (another version's, or a plugin's) is always tested.
 */
const NEEDS_A_NON_LETTER: ReadonlySet<string> = new Set(
  [
    // regexText, as compromise 14.17.0 writes them
    /^#[\p{Number}_]*\p{Letter}/u,
    /^@\w{2,}$/,
    /^([A-Z]\.){2}[A-Z]?/i,
    /.{3}[lkmnp]in['‘’‛‵′`´]$/,
    /.{4}s['‘’‛‵′`´]$/,
    /^[\p{Emoji_Presentation}\p{Extended_Pictographic}]/u,
    // regexNormal (the rest of it, /^[PMCE]ST$/ and four more, can match a word of letters)
    /^[\w.+]+@[\w.]+\.[a-z]{2,3}$/,
    /^(https?:\/\/|www\.)+\w+\.[a-z]{2,3}/,
    /^[a-z0-9./].+\.(com|net|gov|org|ly|edu|info|biz|dev|ru|jp|de|in|uk|br|io|ai)/,
    /^ma?c'[a-z]{3}/,
    /^o'[a-z]{3}/,
    /^(un|de|re)\\-[a-z\u00C0-\u00FF]{2}/,
    /^(m|k|cm|km)\/(s|h|hr)$/,
    /^(ug|ng|mg)\/(l|m3|ft3)$/,
    /[^:/]\/\p{Letter}/u,
  ].map(String),
);

const LETTERS_ONLY = /^[A-Za-z]+$/;

function narrowRegexRules(world: World): void {
  const two = world.model.two;
  two.regexText = [narrowedRule(two.regexText)];
  two.regexNormal = [narrowedRule(two.regexNormal)];
}

/** One rule standing for `rules` (see NEEDS_A_NON_LETTER). */
export function narrowedRule(rules: readonly RegexRule[]): RegexRule {
  const all = [...rules];
  const forLetters = all.filter(([expression]) => !NEEDS_A_NON_LETTER.has(String(expression)));
  const rule: RegexRule = [
    {
      test: (s) => {
        const candidates = LETTERS_ONLY.test(s) ? forLetters : all;
        for (const found of candidates) {
          if (found[0].test(s) === true) {
            rule[1] = found[1];
            rule[2] = found[2] || found[0];
            return true;
          }
        }
        return false;
      },
    },
    undefined,
    undefined,
  ];
  return rule;
}

/** Makes compromise's world ready for factdiff's tagging (see each step above). */
export function prepareWorld(world: World): void {
  world.hooks = world.hooks.filter((h) => !SKIPPED_HOOKS.has(h));
  memoiseTransforms(world);
  memoiseWordParse(world);
  unfreezeInPlace(world);
  fasterSetTag(world);
  narrowContractions(world);
  quickMachine(world);
  gatedFreeze(world);
  gatedLexicon(world);
  narrowRegexRules(world);
}
