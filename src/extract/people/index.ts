/**
 * Person claims: tagged tokens of a whole report → PersonClaim[].
 *
 * A name is a run of capitalised words that compromise tags as a person, or that
 * journalism marks as one: a title before it ("Kremlin adviser Kirill Morozov"), an
 * appositive after it ("Priya Raman, the company's chief executive,"), a speech verb
 * ("Priya Raman said"), or an earlier mention of the same surname in the report
 * ("Mayor Kovacs … Kovacs said"). Titles are recorded as written.
 */
import type { PersonClaim, Segment, Span } from '../../types.js';
import { gapAfter, isKnownPlace, punctuatedAfter, type Token } from '../nlp.js';
import { HONORIFICS, NAME_PARTICLES, ORGANISATION_HEADS, QUALIFIERS, ROLES, SPEECH_VERBS } from './lexicon.js';

export { titleParts, type TitleParts } from './title.js';

const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization', 'Month', 'WeekDay', 'Date'];
const POSSESSIVE = /['’]s$|['’]$/;

interface Candidate {
  readonly segment: Segment;
  readonly tokens: readonly Token[];
  /** Index of the first name token. */
  readonly first: number;
  /** Index of the last name token. */
  readonly last: number;
  /** Index where a title before the name starts (== first when none). */
  readonly titleFirst: number;
  readonly appositive: { first: number; last: number } | null;
  readonly accepted: boolean;
}

/** A possible name, already turned into a claim; `accepted` says whether it stands alone. */
export interface NameCandidate {
  readonly claim: PersonClaim;
  /** Lower-case name words, possessive removed. */
  readonly words: readonly string[];
  readonly accepted: boolean;
}

/** Finds the possible names of one segment (tokens are not kept: memory stays bounded). */
export function nameCandidates(text: string, segment: Segment, toks: readonly Token[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < toks.length && isCapitalised(toks[j + 1]!) && joined(toks[j]!, toks[j + 1]!)) {
        j++;
        continue;
      }
      // "Pieter de Wit", "Ursula von der Leyen": lower-case particles inside a name.
      const particles = particlesThenName(toks, j);
      if (particles === 0) break;
      j += particles;
    }
    const found = candidate(segment, toks, i, j);
    if (found) out.push({ claim: toClaim(text, found), words: nameWords(found), accepted: found.accepted });
    i = j + 1;
  }
  return out;
}

/**
 * Keeps the candidates that are people: accepted on their own, or matching a name (or
 * the surname of a full name) accepted elsewhere in the report.
 */
export function resolveNames(candidates: readonly NameCandidate[]): PersonClaim[] {
  const known = new Set<string>();
  for (const c of candidates) {
    if (!c.accepted) continue;
    known.add(c.words.join(' '));
    if (c.words.length > 1) known.add(c.words[c.words.length - 1]!);
  }
  return candidates.filter((c) => c.accepted || known.has(c.words.join(' '))).map((c) => c.claim);
}

function candidate(segment: Segment, toks: readonly Token[], i: number, j: number): Candidate | null {
  // The name starts after the last role word inside the run ("Turkish President Recep …").
  let first = i;
  for (let k = i; k <= j; k++) if (isRoleWord(toks[k]!) && k < j) first = k + 1;
  // "… Secretary of State Marco Diaz", "Secretary of State Baker": a word right after "of"
  // belongs to the title, unless only places follow it ("vice president of Ford Europe" names
  // no one: Ford Europe is the title's).
  if (first < j && toks[first - 1]?.text.toLowerCase() === 'of' && !hasPersonTag(toks[first]!) && !toks.slice(first + 1, j + 1).every((t) => isKnownPlace(bare(t)))) first++;
  // "Chancellor of the Exchequer Nigel Lawson", "President of the Coffee Trade Association
  // Carlos Calmon": after a role's "of the", the words before the first given name belong
  // to the title (the run stays whole when it has none: "Indian Merchants Chambers").
  if (first === i && ofTheAfterRole(toks, first)) {
    let k = first + 1;
    while (k <= j && !isGivenName(toks[k]!)) k++;
    if (k <= j) first = k;
  }
  // Sentence-initial words capitalised only by position: "Later Kovacs left".
  while (first <= j && (isFunctionWord(toks[first]!) || toks[first]!.tags.has('Demonym') || isPositional(toks[first]!)) && !hasPersonTag(toks[first]!)) first++;
  if (first > j) return null;
  let last = j;
  // A possessive ends the name: "Lena Hart's envoy".
  for (let k = first; k <= j; k++) {
    if (POSSESSIVE.test(toks[k]!.text) || toks[k]!.tags.has('Possessive')) {
      last = k;
      break;
    }
  }
  const name = toks.slice(first, last + 1);
  if (name.every((t) => isRoleWord(t) || HONORIFICS.has(bare(t)))) return null;
  // Words in capitals only are a headline, a dateline, a sign-off or an acronym ("HOUSTON",
  // "REUTER", "OPEC", "WEBSTER REFUSES COMMENT"), not a name as news copy writes one.
  if (name.every((t) => !/\p{Ll}/u.test(t.text)) && name.some((t) => /\p{Lu}{2}/u.test(t.text))) return null;
  if (ORGANISATION_HEADS.has(bare(name[name.length - 1]!))) return null;
  const placeOnly = name.every((t) => PLACE_TAGS.some((p) => t.tags.has(p)) && !hasPersonTag(t));
  const titleFirst = titleStart(toks, first);
  const appositive = appositiveAfter(toks, last);
  // "Priya Raman said": a full name before a speech verb. One word is not enough ("Reuters reported").
  const speaks = name.length > 1 && SPEECH_VERBS.has(toks[last + 1]?.lemma ?? '') && !punctuatedAfter(toks, last);
  const tagged =
    name.some((t) => hasPersonTag(t) && !isRoleWord(t) && !PLACE_TAGS.some((p) => t.tags.has(p))) &&
    !(name.length === 1 && isKnownPlace(name[0]!.text.replace(POSSESSIVE, '')));
  // "Kremlin adviser", "Hart envoy": one word before a role is an affiliation, a person
  // only if the report names them elsewhere (the known-name pass).
  const modifier = name.length === 1 && toks[last + 1] !== undefined && isRoleWord(toks[last + 1]!) && !punctuatedAfter(toks, last);
  const titled = titleFirst < first || appositive !== null;
  const accepted = !modifier && (tagged || titled || speaks) && !(placeOnly && !titled);
  // "the Kremlin", "President of Ukraine": an article or "of" before the run makes it no person.
  const lead = toks[first - 1]?.text.toLowerCase();
  if (first === i && (lead === 'the' || lead === 'of' || lead === 'a') && !tagged) return null;
  return { segment, tokens: toks, first, last, titleFirst, appositive, accepted };
}

/** Walks back from a name over the words of a title before it; returns where it starts. */
function titleStart(toks: readonly Token[], first: number): number {
  let start = first;
  let hasRole = false;
  // Whether the role word nearest the walk is written in lower case. Such a role takes
  // lower-case modifiers at once ("regional transport minister"). Before a capitalised role,
  // lower-case words join the title only when a capitalised word or a qualifier opens it
  // ("EC farm Commissioner", "Brazil's central bank President"); otherwise they belong to
  // the sentence ("conditions President Volodymyr Zelenskyy has rejected", "by committee
  // Chairman"), and a word in -ing never joins ("in Ankara meeting President Erdoğan").
  let lowerRole = false;
  let modifiers = 0;
  for (let k = first - 1; k >= 0; k--) {
    const t = toks[k]!;
    if (/\S/.test(gapAfter(toks, k))) break;
    const lower = bare(t);
    const roleBefore = (n: number): boolean => toks[n] !== undefined && isRoleWord(toks[n]!);
    if (isRoleWord(t)) {
      hasRole = true;
      lowerRole = /^\p{Ll}/u.test(t.text);
      start = k;
    } else if (QUALIFIERS.has(lower) || lower.startsWith('ex-')) {
      start = k;
    } else if (lower === 'of' && roleBefore(k - 1)) {
      // "secretary of state": the role before "of" sets the start.
    } else if (toks[k - 1]?.text.toLowerCase() === 'of' && roleBefore(k - 2)) {
      // the word after "of" in "minister of defence".
    } else if (!hasRole && isCapitalised(t) && isGivenName(toks[first]!) && complementOpening(toks, k) >= 0) {
      // the capitalised words after "of the" in "Chancellor of the Exchequer" (before a
      // given name, as candidate() cuts them off): on to "of".
      k = complementOpening(toks, k) + 2;
    } else if (hasRole && isCapitalised(t) && !isFunctionWord(t)) {
      start = k;
    } else if (hasRole && modifiers < 3 && isRoleModifier(t) && (lowerRole || !/ing$/.test(lower))) {
      // Lower-case modifiers of the role; before a capitalised role, pending (start unmoved).
      modifiers++;
      if (lowerRole) start = k;
    } else {
      break;
    }
  }
  return hasRole ? start : first;
}

/** Whether the token at `k` comes right after a role word's "of the". */
function ofTheAfterRole(toks: readonly Token[], k: number): boolean {
  return toks[k - 1]?.text.toLowerCase() === 'the' && toks[k - 2]?.text.toLowerCase() === 'of' &&
    toks[k - 3] !== undefined && isRoleWord(toks[k - 3]!) &&
    !/\S/.test(gapAfter(toks, k - 3)) && !/\S/.test(gapAfter(toks, k - 2)) && !/\S/.test(gapAfter(toks, k - 1));
}

/**
 * Where the capitalised words up to `k` open, when a role word's "of the" comes right
 * before them ("Chancellor of the Exchequer", "President of the Coffee Trade Association"):
 * the index of the role word, or -1.
 */
function complementOpening(toks: readonly Token[], k: number): number {
  let m = k;
  // Over capitalised words and the particles between them ("Rio de Janeiro").
  while (m > 0 && !/\S/.test(gapAfter(toks, m - 1)) && (isCapitalised(toks[m - 1]!) || (NAME_PARTICLES.has(toks[m - 1]!.text) && m > 1 && isCapitalised(toks[m - 2]!)))) m--;
  return ofTheAfterRole(toks, m) ? m - 3 : -1;
}

/** A lower-case noun or adjective, as in "transport" of "regional transport minister". */
function isRoleModifier(t: Token): boolean {
  return /^\p{Ll}/u.test(t.text) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun') && !t.tags.has('Determiner');
}

/** ", Kremlin spokesperson," / ", a Kremlin adviser." / "(White House envoy)" after a name. */
function appositiveAfter(toks: readonly Token[], last: number): { first: number; last: number } | null {
  if (!/^\s*[,(]/.test(gapAfter(toks, last))) return null;
  let first = last + 1;
  if (/^(?:a|an|the)$/i.test(toks[first]?.text ?? '')) first++;
  const head = toks[first];
  // Not a title: ", who …", ", which …", ", said …", and a clause opened by a preposition:
  // "Saudi Arabia, with assistance from OPEC president …", "Cominco, as operator and owner,".
  if (!head || head.tags.has('Pronoun') || head.tags.has('Verb') || head.tags.has('Preposition') || /^(?:who|which|whose)$/i.test(head.text)) return null;
  let hasRole = false;
  for (let k = first; k < toks.length && k < first + 8; k++) {
    const t = toks[k]!;
    if (isRoleWord(t)) hasRole = true;
    if (t.tags.has('Verb') && !isRoleWord(t)) return null;
    if (punctuatedAfter(toks, k, /[,;:.)(]/) || k === toks.length - 1) {
      return hasRole ? { first, last: k } : null;
    }
  }
  return null;
}

function toClaim(text: string, c: Candidate): PersonClaim {
  const toks = c.tokens;
  const lastTok = toks[c.last]!;
  const nameEnd = lastTok.end - (POSSESSIVE.exec(lastTok.text)?.[0].length ?? 0);
  const span: Span = { start: toks[c.first]!.start, end: nameEnd };
  let titleSpan: Span | null = null;
  if (c.titleFirst < c.first) {
    titleSpan = { start: toks[c.titleFirst]!.start, end: toks[c.first - 1]!.end };
  } else if (c.appositive) {
    titleSpan = { start: toks[c.appositive.first]!.start, end: toks[c.appositive.last]!.end };
  }
  return {
    kind: 'person',
    span,
    sentence: c.segment.span,
    name: collapse(text.slice(span.start, span.end)),
    title: titleSpan ? collapse(text.slice(titleSpan.start, titleSpan.end)) : null,
    titleSpan,
  };
}

function nameWords(c: Candidate): string[] {
  return c.tokens.slice(c.first, c.last + 1).map((t) => t.text.replace(POSSESSIVE, '').toLowerCase());
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function bare(t: Token): string {
  return t.text.toLowerCase().replace(/\.$/, '').replace(POSSESSIVE, '');
}

function isRoleWord(t: Token): boolean {
  return ROLES.has(bare(t));
}

function isGivenName(t: Token): boolean {
  return (t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName')) && !isRoleWord(t);
}

function hasPersonTag(t: Token): boolean {
  return PERSON_TAGS.some((p) => t.tags.has(p)) && !isRoleWord(t);
}

function isCapitalised(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) && !t.tags.has('Value');
}

function isFunctionWord(t: Token): boolean {
  return ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Date', 'Month', 'WeekDay', 'QuestionWord'].some((p) => t.tags.has(p));
}

function isPositional(t: Token): boolean {
  return !t.tags.has('ProperNoun') && ['Adjective', 'Comparative', 'Verb', 'Adverb', 'Expression'].some((p) => t.tags.has(p));
}

/** How many tokens after `j` are name particles followed by a capitalised word (0 when not). */
function particlesThenName(toks: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < toks.length && k - j <= 2 && NAME_PARTICLES.has(toks[k]!.text) && joined(toks[k - 1]!, toks[k]!)) k++;
  return k > j + 1 && k < toks.length && isCapitalised(toks[k]!) && joined(toks[k - 1]!, toks[k]!) ? k - j : 0;
}

function joined(a: Token, b: Token): boolean {
  return /^\s*$/.test(a.post + b.pre) && !POSSESSIVE.test(a.text);
}
