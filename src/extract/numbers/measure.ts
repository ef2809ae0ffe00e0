/**
 * What a number counts. Reads the number's neighbourhood in compromise's tagged tokens:
 * the word after it ("25 deaths", "28 points"), the verb around a person noun ("killed
 * at least 25 people", "25 people … were killed"), a hyphenated compound ("28-point"),
 * a table row's label ("Fatalities … | 25"), and the words before it ("the death toll
 * rose to 25"). Synonyms fold into one measure through the lexicon; anything else falls
 * back to the counted noun's lemma.
 */
import type { Token } from '../nlp.js';
import {
  GENERIC_PERSON_NOUNS, IRREGULAR_PLURALS, MEASURES, PERSON_NOUNS,
} from './lexicon.js';

const MEASURE_OF = new Map<string, string>();
for (const [measure, words] of Object.entries(MEASURES)) {
  for (const w of words) MEASURE_OF.set(w, measure);
}

/** What a number counts, as resolved from its neighbourhood. */
export interface Measure {
  /** The normalised measure ("deaths", "point"). */
  readonly measure: string;
  /** A specific group of people counted ("children"), when the count names one. */
  readonly group: string | null;
  /** Capitalised qualifiers skipped on the way to the noun ("Somali"), lower-cased. */
  readonly qualifier: string | null;
}

/** Looks a word up in the measure lexicon, by surface form then by lemma. */
export function lexiconMeasure(token: Pick<Token, 'text' | 'lemma'>): string | null {
  return MEASURE_OF.get(token.text.toLowerCase()) ?? MEASURE_OF.get(token.lemma) ?? null;
}

/** Plural display form of a noun lemma ("child" → "children", "point" → "points"). */
export function pluralise(lemma: string): string {
  const irregular = IRREGULAR_PLURALS[lemma];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return `${lemma}es`;
  return `${lemma}s`;
}

/** Plural display form of a token: as written when it is plural already. */
function pluralOf(t: Token): string {
  return t.tags.has('Plural') ? t.text.toLowerCase() : pluralise(t.lemma);
}

/** Singular of a plain English plural, for words compromise saw only inside a compound. */
export function singularise(word: string): string {
  const w = word.toLowerCase();
  for (const [singular, plural] of Object.entries(IRREGULAR_PLURALS)) if (plural === w) return singular;
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (/(?:sses|xes|zes|ches|shes)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Measures of change: only a percentage can be one. */
const CHANGES = new Set(['cut', 'increase']);

const STOP = /[;:.!?()[\]]/;
const HEDGE_WORDS = new Set(['by', 'at', 'least', 'more', 'than', 'nearly', 'almost', 'about', 'around', 'some', 'over', 'up', 'to', 'as', 'many', 'roughly', 'approximately', 'an', 'estimated', 'another', 'further', 'a', 'total', 'of', 'the', 'rose', 'risen', 'reached', 'stood', 'stands', 'climbed', 'was', 'is', 'at']);

function isNoun(t: Token): boolean {
  return t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Possessive');
}

function isPersonNoun(t: Token): boolean {
  return PERSON_NOUNS.has(t.text.toLowerCase()) || PERSON_NOUNS.has(t.lemma);
}

/** Resolves a number's measure from the tokens after and before it in its segment. */
export function measureFromContext(
  after: readonly Token[],
  before: readonly Token[],
  compound: string | null,
  unit: string,
  gap: string,
): Measure | null {
  const boundary = (k: number): boolean => boundaryBefore(after[k]!, after[k - 1], gap);
  if (compound !== null) {
    const m = MEASURE_OF.get(compound) ?? MEASURE_OF.get(singularise(compound));
    return { measure: m ?? singularise(compound.split('-').pop()!), group: null, qualifier: null };
  }
  let qualifier: string | null = null;
  let k = 0;
  // Skip up to two modifiers: "25 more people", "23 Somali migrants", "73 other".
  while (k < 2 && after[k] && !boundary(k) && !lexiconMeasure(after[k]!) && !isPersonNoun(after[k]!) &&
    (after[k]!.tags.has('Adjective') || after[k]!.tags.has('Demonym') || after[k]!.tags.has('Comparative') || after[k]!.tags.has('Adverb') ||
      (after[k]!.tags.has('ProperNoun') && !after[k]!.tags.has('Person') && /^\p{Lu}/u.test(after[k]!.text)))) {
    if (/^\p{Lu}/u.test(after[k]!.text)) qualifier = after[k]!.text.toLowerCase();
    k++;
  }
  // "60 destroyed homes": a participle used as an adjective before the counted noun.
  if (after[k + 1] && after[k]!.tags.has('PastTense') && after[k + 1]!.tags.has('Plural') && !boundary(k) && !boundary(k + 1)) k++;
  // "two new patrol boats": the head of a noun compound is its last, plural noun.
  while (after[k + 1] && isNoun(after[k]!) && after[k + 1]!.tags.has('Plural') && !boundary(k + 1) && /^\p{Ll}/u.test(after[k]!.text) && !lexiconMeasure(after[k]!)) k++;
  const next = after[k];
  const direct = next && !boundary(k) ? next : null;
  // "cut by 40% last year": for a percentage, a change verb before it names the measure.
  if (unit === 'percent') {
    const verb = verbBefore(before, unit);
    if (verb) return { measure: verb, group: null, qualifier };
  }
  if (direct) {
    const m = lexiconMeasure(direct);
    if (m && !(m === 'age' && direct.text.toLowerCase() === 'age')) return { measure: m, group: null, qualifier };
    if (isPersonNoun(direct)) {
      const group = GENERIC_PERSON_NOUNS.has(direct.text.toLowerCase()) ? null : pluralOf(direct);
      const verb = verbBefore(before) ?? verbAfter(after, k + 1);
      if (verb) return { measure: verb, group, qualifier };
      return { measure: group ?? 'people', group: null, qualifier };
    }
    // "12 were injured", "eleven are missing": a copula, then the measure.
    if (COPULAS.has(direct.text.toLowerCase())) {
      const verb = verbAfter(after, k);
      if (verb) return { measure: verb, group: null, qualifier };
    }
    // "dozens of workers", "three of the miners": the group after "of".
    if (unit === 'count' && direct.lemma === 'of') {
      const noun = after.slice(k + 1, k + 3).find((t) => isPersonNoun(t) || (isNoun(t) && t.tags.has('Plural')));
      if (noun && !boundary(k + 1)) {
        const verb = verbBefore(before) ?? verbAfter(after, after.indexOf(noun) + 1);
        const group = isPersonNoun(noun) && !GENERIC_PERSON_NOUNS.has(noun.text.toLowerCase()) ? pluralOf(noun) : null;
        if (verb) return { measure: verb, group, qualifier };
        return { measure: isPersonNoun(noun) ? group ?? 'people' : lexiconMeasure(noun) ?? noun.lemma, group: null, qualifier };
      }
    }
    if (unit === 'percent' && direct.lemma === 'of') {
      const noun = after.slice(k + 1, k + 4).find(isNoun);
      if (noun) return { measure: lexiconMeasure(noun) ?? noun.lemma, group: null, qualifier };
    }
    if (isNoun(direct) && !direct.tags.has('ProperNoun') && !direct.tags.has('Value') && /^\p{Ll}/u.test(direct.text)) {
      return { measure: lexiconMeasure(direct) ?? direct.lemma, group: null, qualifier };
    }
  }
  const verb = verbBefore(before, unit);
  if (verb) return { measure: verb, group: null, qualifier };
  // "a fine of €3m", "a turnout of 62%": the noun before "of".
  if (before[0]?.text.toLowerCase() === 'of' && before[1] && isNoun(before[1]) && /^\p{Ll}/u.test(before[1].text) && !/,/.test(before[1].post)) {
    return { measure: before[1].lemma, group: null, qualifier };
  }
  // "Turnout was 61%", "kept its main rate at 4.5%": a percentage of the noun before it.
  if (unit === 'percent') {
    const noun = nounBefore(before);
    if (noun) return { measure: noun, group: null, qualifier };
  }
  if (unit.startsWith('currency')) return { measure: 'amount', group: null, qualifier };
  if (qualifier) return { measure: '', group: null, qualifier };
  return null;
}

/** The measure named by a table row's label ("Fatalities in … strike" → deaths). */
export function measureFromLabel(label: readonly Token[]): string | null {
  for (const t of label) {
    const m = lexiconMeasure(t);
    if (m) return m;
  }
  // The head of a label is its last word before a preposition: "Reported draft points".
  const stop = label.findIndex((t) => t.tags.has('Preposition') || t.pre.includes('('));
  const head = (stop < 0 ? label : label.slice(0, stop)).filter((t) => /^\p{L}/u.test(t.text));
  const last = head[head.length - 1];
  return last ? singularise(last.text) : null;
}

/** The noun of a breakdown number ("including 15 children" → "children"). */
export function groupAfter(after: readonly Token[], gap: string): string | null {
  for (let k = 0; k < Math.min(after.length, 3); k++) {
    const t = after[k]!;
    if (boundaryBefore(t, after[k - 1], gap)) return null;
    if (isPersonNoun(t) || (isNoun(t) && /^\p{Ll}/u.test(t.text))) return pluralOf(t);
  }
  return null;
}

/** Punctuation between a token and the one before it (compromise keeps it in `post`). */
function boundaryBefore(t: Token, previous: Token | undefined, firstGap: string): boolean {
  const gap = (previous ? previous.post : firstGap) + t.pre;
  return STOP.test(gap) || gap.includes(',');
}

/** "killed at least 25 people": a lexicon verb a few words before, past hedge words. */
function verbBefore(before: readonly Token[], unit = 'count'): string | null {
  for (let i = 0; i < Math.min(before.length, 7); i++) {
    const t = before[i]!;
    const m = lexiconMeasure(t);
    // "the death toll rose to 25": a change verb measures percentages, not counts.
    if (m && (unit === 'percent' || !CHANGES.has(m))) return m;
    if (STOP.test(t.post) || t.post.includes(',')) return null;
    if (!HEDGE_WORDS.has(t.text.toLowerCase()) && !t.tags.has('Noun') && !t.tags.has('Adjective')) return null;
  }
  return null;
}

const COPULAS = new Set(['were', 'are', 'was', 'is', 'remain', 'remained', 'remains', 'have', 'had', 'has']);

/** The noun a percentage belongs to, a few words back past a copula, hedge or "at". */
function nounBefore(before: readonly Token[]): string | null {
  for (let i = 0; i < Math.min(before.length, 4); i++) {
    const t = before[i]!;
    if (STOP.test(t.post) || t.post.includes(',')) return null;
    if (isNoun(t) && !t.tags.has('ProperNoun') && !t.tags.has('Value') && /^\p{L}/u.test(t.text)) return lexiconMeasure(t) ?? t.lemma;
    if (!HEDGE_WORDS.has(t.text.toLowerCase()) && !t.tags.has('Verb')) return null;
  }
  return null;
}

/** "25 people, including three children, were killed": the verb after the clause. */
function verbAfter(after: readonly Token[], from: number): string | null {
  let skipping = false;
  let wasSkipping = false;
  let seen = 0;
  for (let k = from; k < after.length; k++) {
    const t = after[k]!;
    const gap = (after[k - 1]?.post ?? '') + t.pre;
    if (/[;:.!?]/.test(gap)) return null;
    if (/[,(]/.test(gap)) {
      // A comma ends the clause unless it opens a breakdown to skip ("…, including …,").
      skipping = /^(?:including|among|of|incl)$/i.test(t.text);
      if (!skipping && !wasSkipping) return null;
    }
    wasSkipping = false;
    if (!skipping) {
      const m = lexiconMeasure(t);
      if (m) return m;
      if (t.tags.has('Value')) return null;
      if (++seen > 4) return null;
    } else if (/[,)]/.test(t.post)) {
      skipping = false;
      wasSkipping = true;
    }
  }
  return null;
}
