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
import { gapAfter, isKnownPlace, punctuatedAfter, tagsAlone, wordGap, type Token } from '../nlp.js';
import { HONORIFICS, QUALIFIERS, ROLES } from '../../titles/lexicon.js';
import { FEMALE_GIVEN_NAMES, FEMALE_WORDS, MALE_GIVEN_NAMES, MALE_WORDS, NAME_PARTICLES, NOT_PEOPLE, ORGANISATION_HEADS, SPEECH_VERBS } from './lexicon.js';


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

/** Whether the text treats a person as a man or a woman ('m', 'f'). */
export type Gender = 'm' | 'f';

/** What a mention says of its person's gender, and how surely (higher is surer). */
interface GenderHint {
  readonly gender: Gender;
  /** 3: a title or word written around the name ("Mr.", "spokeswoman"); 2: the given name; 1: a pronoun after it. */
  readonly strength: number;
}

/** A possible name, already turned into a claim; `accepted` says whether it stands alone. */
export interface NameCandidate {
  readonly claim: PersonClaim;
  /** Lower-case name words, possessive removed. */
  readonly words: readonly string[];
  readonly accepted: boolean;
  /** What the words around the mention say of the person's gender, or null. */
  readonly gender: GenderHint | null;
}

/** Finds the possible names of one segment (tokens are not kept: memory stays bounded). */
export function nameCandidates(text: string, segment: Segment, toks: readonly Token[]): NameCandidate[] {
  const out: NameCandidate[] = [];
  // Whether the segment is in title case, worked out at its first capitalised word.
  let titleCase: boolean | undefined;
  const headline = (): boolean => (titleCase ??= isHeadline(toks));
  // A heading, or the report's first line when it has no full stop: a headline.
  const firstLine = segment.span.start < 400 ? /^\s*([^\n]*)/.exec(text.slice(0, 400))! : null;
  const headlineEnd = firstLine && !/[.!?"”]\s*$/.test(firstLine[1]!) ? firstLine[0].length : -1;
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i]!)) {
      i++;
      continue;
    }
    // A headline in title case capitalises its verbs and prepositions too ("Council Picks
    // Ana Ruiz As Chair For Term"): they are no part of a name, and the run stops at them.
    if (isTitleCaseWord(toks[i]!, headline())) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (j + 1 < toks.length && isCapitalised(toks[j + 1]!) && joined(toks[j]!, toks[j + 1]!) && !isTitleCaseWord(toks[j + 1]!, headline())) {
        j++;
        continue;
      }
      // "Lee Jae-hoon", "Park Min-soo": a given name's second syllable, in lower case after a hyphen.
      if (j > i && isNameSyllable(toks, j)) {
        j++;
        continue;
      }
      // "Pieter de Wit", "Ursula von der Leyen": lower-case particles inside a name.
      const particles = particlesThenName(toks, j);
      if (particles === 0) break;
      j += particles;
    }
    const found = candidate(segment, toks, i, j);
    const inHeadline = segment.kind === 'heading' || toks[i]!.start < headlineEnd;
    if (found) out.push({ claim: toClaim(text, found, !inHeadline), words: nameWords(found), accepted: found.accepted, gender: genderHint(found) });
    i = j + 1;
  }
  return out;
}

/**
 * Keeps the candidates that are people: accepted on their own, or matching a name (or
 * the surname of a full name) accepted elsewhere in the report.
 */
export function resolveNames(candidates: readonly NameCandidate[], elsewhere: ReadonlySet<string> = new Set()): PersonClaim[] {
  return keptNames(candidates, elsewhere).map((c) => c.claim);
}

function keptNames(candidates: readonly NameCandidate[], elsewhere: ReadonlySet<string>): NameCandidate[] {
  const known = new Set<string>();
  const add = (words: readonly string[]): void => {
    known.add(words.join(' '));
    if (words.length > 1) known.add(words[words.length - 1]!);
  };
  for (const c of candidates) if (c.accepted) add(c.words);
  // A full name another report of the story treats as a person is one here too, and so
  // is its surname, written alone ("Tiel stops Vask"); so is the full name of
  // someone this report treats as a person by surname ("the 33-year-old Tiel").
  const surnames = new Set([...elsewhere].map((n) => n.slice(n.lastIndexOf(' ') + 1)));
  for (const c of candidates) {
    if (c.accepted) continue;
    const full = c.words.length > 1;
    // Two or three words ending in the surname: a given name and the surname, not a headline.
    const bySurname = c.words.length <= 3 && known.has(c.words[c.words.length - 1]!);
    if (full ? elsewhere.has(c.words.join(' ')) || bySurname : surnames.has(c.words[0]!)) add(c.words);
  }
  return candidates.filter((c) => c.accepted || known.has(c.words.join(' ')));
}

/** The full names (two words or more, lower case) a report treats as people on its own. */
export function acceptedNames(candidates: readonly NameCandidate[]): string[] {
  return keptNames(candidates, new Set()).filter((c) => c.words.length > 1).map((c) => c.words.join(' '));
}

/**
 * The gender each person of a report is written with, by the last word of their name
 * (lower case): "Mr. Lee", "spokeswoman Ana Ruiz", a given name compromise knows as a
 * man's or a woman's, or failing those the first "he"/"she" after the name in its sentence.
 * The surest hint wins; hints of equal strength that disagree leave the person unknown.
 */
export function personGenders(candidates: readonly NameCandidate[]): Map<string, Gender> {
  const best = new Map<string, { hint: GenderHint; agreed: boolean }>();
  for (const c of candidates) {
    if (c.gender === null) continue;
    const key = c.words[c.words.length - 1]!;
    const known = best.get(key);
    if (known === undefined || c.gender.strength > known.hint.strength) best.set(key, { hint: c.gender, agreed: true });
    else if (known.hint.strength === c.gender.strength && known.hint.gender !== c.gender.gender) known.agreed = false;
  }
  const out = new Map<string, Gender>();
  for (const [key, { hint, agreed }] of best) if (agreed) out.set(key, hint.gender);
  return out;
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

const MALE_TITLE: GenderHint = { gender: 'm', strength: 3 };
const FEMALE_TITLE: GenderHint = { gender: 'f', strength: 3 };

/** "Mr.", "spokeswoman" among tokens `from` to `to` (inclusive). */
function genderWord(toks: readonly Token[], from: number, to: number): GenderHint | null {
  for (let k = from; k <= to; k++) {
    const w = bare(toks[k]!);
    if (MALE_WORDS.has(w)) return MALE_TITLE;
    if (FEMALE_WORDS.has(w)) return FEMALE_TITLE;
  }
  return null;
}

function genderHint(c: Candidate): GenderHint | null {
  const toks = c.tokens;
  const titled = genderWord(toks, c.titleFirst, c.first - 1) ?? (c.appositive ? genderWord(toks, c.appositive.first, c.appositive.last) : null);
  if (titled) return titled;
  if (c.last > c.first) {
    const given = toks[c.first]!;
    const male = given.tags.has('MaleName') || MALE_GIVEN_NAMES.has(given.text.toLowerCase());
    const female = given.tags.has('FemaleName') || FEMALE_GIVEN_NAMES.has(given.text.toLowerCase());
    if (male !== female) return { gender: male ? 'm' : 'f', strength: 2 };
  }
  // "Tiel defended his title": the first personal pronoun after the name, before any
  // other capitalised word could have taken it.
  for (let k = c.last + 1; k < toks.length && k <= c.last + 12; k++) {
    const w = toks[k]!.text.toLowerCase();
    // "asked whether she …": a question's subject is someone else.
    if (w === 'whether' || w === 'if') break;
    // "pressed her on the ruling", "told him": an object pronoun is someone else; "her title" is hers.
    if (w === 'him' || (w === 'her' && !isPossessiveHer(toks, k))) continue;
    if (MALE_PRONOUNS.has(w)) return { gender: 'm', strength: 1 };
    if (FEMALE_PRONOUNS.has(w)) return { gender: 'f', strength: 1 };
    if (isCapitalised(toks[k]!) || /["“”]/.test(toks[k]!.pre + toks[k]!.post)) break;
  }
  return null;
}

/** "her title": "her" before a noun it owns, not "pressed her on …" (an object). */
function isPossessiveHer(toks: readonly Token[], k: number): boolean {
  const next = toks[k + 1];
  return next !== undefined && !/\S/.test(gapAfter(toks, k)) && (next.tags.has('Noun') || next.tags.has('Adjective')) && !next.tags.has('Pronoun');
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
  // "Assistant Chief Fire Officer": a run of roles that ends in one, with no given name
  // after the first, is a title ("Lena King" is a name: no role opens it).
  if (first > i && name.length > 1 && isRoleWord(name[name.length - 1]!) && !name.some(isGivenName)) return null;
  // "a senior U.S. Official": a place (or an acronym) and a role.
  if (name.length > 1 && isRoleWord(name[name.length - 1]!) && name.slice(0, -1).every((t) => PLACE_TAGS.some((p) => t.tags.has(p)) || t.tags.has('Acronym') || isKnownPlace(bare(t)))) return null;
  // Words in capitals only are a headline, a dateline, a sign-off or an acronym ("HOUSTON",
  // "REUTER", "OPEC", "WEBSTER REFUSES COMMENT"), not a name as news copy writes one.
  if (name.every((t) => !/\p{Ll}/u.test(t.text)) && name.some((t) => /\p{Lu}{2}/u.test(t.text))) return null;
  if (ORGANISATION_HEADS.has(bare(name[name.length - 1]!))) return null;
  // "the Harwick Rivers group", "Hurricane Dorota": what the run names is no person.
  const after = toks[last + 1];
  if (after && /^\p{Ll}/u.test(after.text) && ORGANISATION_HEADS.has(bare(after)) && !punctuatedAfter(toks, last) && !POSSESSIVE.test(toks[last]!.text)) return null;
  if (NOT_PEOPLE.has(bare(name[0]!)) || (first > 0 && NOT_PEOPLE.has(bare(toks[first - 1]!)) && !/\S/.test(gapAfter(toks, first - 1)))) return null;
  // "'Deep Water'": a name in quote marks is a nickname or a title, not a person named.
  if (/["“'‘]/.test(toks[i]!.pre) && /["”'’]/.test(toks[j]!.post)) return null;
  const placeOnly = name.every((t) => PLACE_TAGS.some((p) => t.tags.has(p)) && !hasPersonTag(t));
  let titleFirst = titleStart(toks, first);
  // "his co-counsel, Rina Vask,": a role set off before the name by a comma.
  const before = toks[first - 1];
  if (titleFirst === first && first === i && before && /^,\s*$/.test(gapAfter(toks, first - 1)) && (isRoleWord(before) || isPersonNoun(before)) &&
      /^\p{Ll}/u.test(before.text) && (last === toks.length - 1 || /^\s*[,.;)]/.test(gapAfter(toks, last)))) {
    titleFirst = Math.min(first - 1, titleStart(toks, first - 1, true));
  }
  const appositive = appositiveAfter(toks, last);
  // "Priya Raman said": a full name before a speech verb. One word is not enough ("Reuters reported").
  // "Priya Raman said", "the candidate, Priya Raman, said": a full name before a speech verb.
  const setOff = first > 0 && /^,\s*$/.test(gapAfter(toks, first - 1)) && /^,\s*$/.test(gapAfter(toks, last));
  const speaks = name.length > 1 && SPEECH_VERBS.has(toks[last + 1]?.lemma ?? '') && (!punctuatedAfter(toks, last) || setOff);
  const tagged =
    name.some((t) => hasPersonTag(t) && !isRoleWord(t) && !PLACE_TAGS.some((p) => t.tags.has(p))) &&
    !(name.length === 1 && isKnownPlace(name[0]!.text.replace(POSSESSIVE, '')));
  // "Kremlin adviser", "Hart envoy": one word before a role is an affiliation, a person
  // only if the report names them elsewhere (the known-name pass).
  const modifier = name.length === 1 && toks[last + 1] !== undefined && isRoleWord(toks[last + 1]!) && !punctuatedAfter(toks, last);
  // A role before a place or an organisation's name; a noun such as "radical" is not enough.
  // A place's name (read alone, not in context: a person's name can be tagged a place in one)
  // is a person's only with a role before it: "Telmar, the region's largest producer" is not.
  const knownPlace = placeOnly && name.every((t) => isKnownPlace(bare(t)));
  // A noun that only says what someone is ("protester", "merchant") titles a name, not the
  // head of a place's or body's name: "the tourist Island of Vask".
  const byRole = toks.slice(titleFirst, first).some(isRoleWord);
  const commonNoun = name.length === 1 && toks[last + 1]?.text === 'of' && toks[last + 2] !== undefined && isCapitalised(toks[last + 2]!);
  const titled = knownPlace ? byRole : (titleFirst < first && (byRole || !commonNoun)) || appositive !== null;
  const accepted = !modifier && (tagged || titled || speaks || treatedAsPerson(toks, first, last)) && !(placeOnly && !titled);
  // "the Kremlin", "President of Ukraine": an article or "of" before the run makes it no person.
  const lead = toks[first - 1]?.text.toLowerCase();
  if (first === i && (lead === 'the' || lead === 'of' || lead === 'a') && !tagged) return null;
  return { segment, tokens: toks, first, last, titleFirst, appositive, accepted };
}

/**
 * What the words around a name say of it, as only a person's are written: an age ("Olena,
 * 45,", "Ruiz (43)", "the 33-year-old Tiel"), a relative "who" ("Tiel, who has not lost"), or, for a full
 * name, its verb then a "he"/"his"/"she"/"her" in the clause before any other name
 * ("Brannock Tiel defended his title"). Never for a name that modifies a noun after it.
 */
function treatedAsPerson(toks: readonly Token[], first: number, last: number): boolean {
  const next = toks[last + 1];
  // "a 35-year-old Harwick man", "a Danish climber": a name before a noun is its modifier.
  if (next && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Pronoun') && !/\S/.test(gapAfter(toks, last))) return false;
  // "the 33-year-old Tiel", "32-year-old protester Lior Vask".
  for (const k of [first - 1, first - 2]) {
    if (toks[k]?.text.toLowerCase() === 'old' && toks[k - 1]?.text.toLowerCase() === 'year' && toks[k - 2]?.tags.has('Value') && (k === first - 1 || /^\p{Ll}/u.test(toks[first - 1]!.text))) return true;
  }
  if (next === undefined) return false;
  const gap = gapAfter(toks, last);
  if (/^\s*[,(]\s*$/.test(gap) && /^\d{1,3}$/.test(next.text) && /^\s*[,)]/.test(gapAfter(toks, last + 1))) return true;
  if (/^\s*,\s*$/.test(gap) && /^who$/i.test(next.text)) return true;
  if (last === first || !isFiniteVerb(next) || /\S/.test(gap)) return false;
  // "Brannock Tiel defended his title": the name's verb, then its pronoun in the clause.
  for (let k = last + 2; k < toks.length && k <= last + 6; k++) {
    const t = toks[k]!;
    if (/^(?:he|his|him|himself|she|her|herself)$/i.test(t.text)) return true;
    if (isCapitalised(t) || /[,;:.!?()"“”]/.test(gapAfter(toks, k - 1))) return false;
  }
  return false;
}

/** A verb of the name's own clause ("defended", "stops"), not an auxiliary. */
function isFiniteVerb(t: Token): boolean {
  return t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && /^\p{Ll}/u.test(t.text);
}

/** Walks back from a name over the words of a title before it; returns where it starts. */
function titleStart(toks: readonly Token[], first: number, fromRole = false): number {
  let start = first;
  // "The shadow home secretary, Ana Ruiz,": walking from the role set off before the name.
  let hasRole = fromRole;
  // Whether the role word nearest the walk is written in lower case. Such a role takes
  // lower-case modifiers at once ("regional transport minister"). Before a capitalised role,
  // lower-case words join the title only when a capitalised word or a qualifier opens it
  // ("EC farm Commissioner", "Brazil's central bank President"); otherwise they belong to
  // the sentence ("conditions President Volodymyr Zelenskyy has rejected", "by committee
  // Chairman"), and a word in -ing never joins ("in Ankara meeting President Erdoğan").
  let lowerRole = fromRole && /^\p{Ll}/u.test(toks[first]!.text);
  let modifiers = 0;
  for (let k = first - 1; k >= 0; k--) {
    const t = toks[k]!;
    // "Secretary-General", "Director-General": a role joined to the next by a hyphen is one title.
    if (/\S/.test(wordGap(toks, k)) && !(wordGap(toks, k) === '-' && isRoleWord(t) && isRoleWord(toks[k + 1]!))) break;
    const lower = bare(t);
    const roleBefore = (n: number): boolean => toks[n] !== undefined && isRoleWord(toks[n]!);
    if (isRoleWord(t) || isPersonNoun(t)) {
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

/** Most words of an appositive title ("director of the Harwick Foundation for Clean Rivers and Lakes"). */
const APPOSITIVE_WORDS = 14;

/** ", Kremlin spokesperson," / ", a Kremlin adviser." / "(White House envoy)" after a name. */
function appositiveAfter(toks: readonly Token[], last: number): { first: number; last: number } | null {
  // "“… involving Ana,” club manager Ivo Marek said": a quote closing after the name ends it.
  if (!/^\s*[,(]/.test(gapAfter(toks, last)) || /["“”]/.test(gapAfter(toks, last))) return null;
  let first = last + 1;
  if (/^(?:a|an|the)$/i.test(toks[first]?.text ?? '')) first++;
  const head = toks[first];
  // Not a title: ", who …", ", which …", ", said …", and a clause opened by a preposition:
  // "Saudi Arabia, with assistance from OPEC president …", "Cominco, as operator and owner,".
  if (!head || head.tags.has('Pronoun') || head.tags.has('Verb') || head.tags.has('Preposition') || /^(?:who|which|whose)$/i.test(head.text)) return null;
  let hasRole = false;
  let headed = false;
  for (let k = first; k < toks.length && k < first + APPOSITIVE_WORDS; k++) {
    const t = toks[k]!;
    // A role, or a noun compromise knows as a person's ("champion", "singer"), heading the
    // appositive: "director of the … Foundation", not "the home church of Harwick Mayor …".
    if (t.tags.has('Preposition')) headed = true;
    if (!headed && (isRoleWord(t) || isPersonNoun(t))) hasRole = true;
    // "a resident of Telmar who declined to give her surname": the title ends before "who".
    if (/^(?:who|whose)$/i.test(t.text) && k > first) return hasRole ? { first, last: k - 1 } : null;
    // "Peter Lund, chief fire officer at Harwick Fire Service says …": a speech verb after a
    // role ends an appositive whose closing comma the writer left out.
    // Not when the words name a person of their own: "Harwick, May 9 - Telmar Bank analyst
    // Ana Ruiz said" is Ruiz speaking, after a dateline.
    if (t.tags.has('Verb') && hasRole && k > first && SPEECH_VERBS.has(t.lemma) && !punctuatedAfter(toks, k - 1) && /^\p{Lu}/u.test(toks[k - 1]!.text)) {
      const own = toks.slice(first, k);
      const role = own.findLastIndex((x) => isRoleWord(x));
      const titledName = role >= 0 && own.length - role > 2 && own.slice(role + 1).every(isCapitalised);
      return titledName || own.some((x) => isGivenName(x) || x.tags.has('Person')) || own.some((_, n) => /\s-|[–—]/.test(gapAfter(toks, first + n))) ? null : { first, last: k - 1 };
    }
    if (t.tags.has('Verb') && !isRoleWord(t)) return null;
    if (punctuatedAfter(toks, k, /[,;:.)(]/) || k === toks.length - 1) {
      return hasRole ? { first, last: k } : null;
    }
  }
  return null;
}

/**
 * The claim for a candidate. `titled`: whether its title counts; a headline's does not
 * (headline style drops "former" and the like: "Ruiz, FBI official, dies at 95").
 */
function toClaim(text: string, c: Candidate, titled: boolean): PersonClaim {
  const toks = c.tokens;
  const lastTok = toks[c.last]!;
  const nameEnd = lastTok.end - (POSSESSIVE.exec(lastTok.text)?.[0].length ?? 0);
  const span: Span = { start: toks[c.first]!.start, end: nameEnd };
  let titleSpan: Span | null = null;
  if (!titled) {
    // no title
  } else if (c.titleFirst < c.first) {
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

/** Lower-case words of the name as written ("Maria Lind-Berg" → maria, lind-berg), possessive removed. */
function nameWords(c: Candidate): string[] {
  const out: string[] = [];
  for (let k = c.first; k <= c.last; k++) {
    const word = c.tokens[k]!.text.replace(POSSESSIVE, '').toLowerCase();
    // "Lind-Berg": tokens joined by a hyphen are one word.
    if (k > c.first && gapAfter(c.tokens, k - 1) === '-') out[out.length - 1] += `-${word}`;
    else out.push(word);
  }
  return out;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function bare(t: Token): string {
  return t.text.toLowerCase().replace(/\.$/, '').replace(POSSESSIVE, '');
}

function isRoleWord(t: Token): boolean {
  const w = bare(t);
  // "co-counsel", "vice-chair", "ex-minister", "undersheriff": a role with a prefix.
  return ROLES.has(w) || (/^(?:co|vice|ex|deputy|under|sub)-/.test(w) && ROLES.has(w.slice(w.indexOf('-') + 1))) || (/^(?:under|sub)\p{L}{4,}$/u.test(w) && ROLES.has(w.replace(/^(?:under|sub)/, '')));
}

/** A lower-case noun compromise knows as a person's ("protester", "merchant", "writer"): a title before a name. */
function isPersonNoun(t: Token): boolean {
  return t.tags.has('Actor') && /^\p{Ll}/u.test(t.text) && !t.tags.has('Plural');
}

function isGivenName(t: Token): boolean {
  return (t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName')) && !isRoleWord(t);
}

function hasPersonTag(t: Token): boolean {
  return PERSON_TAGS.some((p) => t.tags.has(p)) && !isRoleWord(t);
}

/**
 * A capitalised word that is a verb, preposition, conjunction, determiner or adverb and
 * nothing that names ("Picks", "As", "For", "Near"): capitalised only by a headline's
 * style. In a headline compromise reads such words as part of the name around them, so
 * there they are read alone.
 */
function isTitleCaseWord(t: Token, headline: boolean): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(t.text) || isRoleWord(t)) return false;
  const NAMING = ['Person', 'FirstName', 'LastName', 'Honorific', 'Place', 'Organization', 'Acronym'];
  if (NAMING.some((x) => t.tags.has(x))) return false;
  const tags = headline ? tagsAlone(t.text) : t.tags;
  if (NAMING.some((x) => tags.has(x)) || tags.has('Noun') || (!headline && tags.has('ProperNoun'))) return false;
  // Read alone, a participle may come out an adjective ("Named", "Arrested").
  if (headline && tags.has('Adjective') && /(?:ed|ing)$/.test(t.text)) return true;
  return ['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb'].some((x) => tags.has(x));
}

/** A segment in title case: most of its longer words capitalised ("Ruiz Named As Head Of Agency"). */
function isHeadline(toks: readonly Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of toks) {
    if (t.text.length <= 3) continue;
    const c = t.text.charCodeAt(0);
    // ASCII letters are most words; others go by the Unicode test.
    const upper = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : /^\p{Lu}/u.test(t.text) ? true : /^\p{L}/u.test(t.text) ? false : null;
    if (upper === null) continue;
    long++;
    if (upper) capitalised++;
  }
  return long >= 4 && capitalised >= long * 0.75;
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

/**
 * Second parts of hyphenated words that make a modifier, not a name ("Vask-era",
 * "Harwick-based", "Telmar-led"): a capitalised word joined to one of them is no given name.
 */
const COMPOUND_TAILS = new Set([
  'era', 'led', 'run', 'born', 'based', 'style', 'like', 'type', 'wide', 'made', 'owned', 'free', 'only', 'sized',
  'area', 'class', 'level', 'bound', 'rich', 'heavy', 'held', 'fed', 'ruled', 'backed', 'linked', 'funded', 'allied',
]);

/**
 * Whether `toks[j + 1]` is the lower-case second syllable of a hyphenated given name
 * ("Jae-hoon", "Min-soo"): short parts on both sides of the hyphen, the second neither a
 * function word nor a verb nor a compound's tail.
 */
function isNameSyllable(toks: readonly Token[], j: number): boolean {
  const a = toks[j]!;
  const b = toks[j + 1];
  if (b === undefined || a.post !== '-' || b.pre !== '' || !/^\p{Lu}\p{Ll}{0,4}$/u.test(a.text) || !/^\p{Ll}{1,5}$/u.test(b.text)) return false;
  // "Telmar-grade ore": a compound before the noun it describes.
  const next = toks[j + 2];
  if (next !== undefined && /^\s+$/.test(gapAfter(toks, j + 1)) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun') && !next.tags.has('Date') && !next.tags.has('Pronoun')) return false;
  // Copy that writes a dash as a hyphen ("Lena Hart-the lead counsel-said") joins a name to a function word.
  return !['Verb', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Adverb', 'Copula', 'Auxiliary', 'Value'].some((x) => b.tags.has(x)) && !COMPOUND_TAILS.has(b.text);
}

/** How many tokens after `j` are name particles followed by a capitalised word (0 when not). */
function particlesThenName(toks: readonly Token[], j: number): number {
  let k = j + 1;
  while (k < toks.length && k - j <= 2 && NAME_PARTICLES.has(toks[k]!.text) && joined(toks[k - 1]!, toks[k]!)) k++;
  return k > j + 1 && k < toks.length && isCapitalised(toks[k]!) && joined(toks[k - 1]!, toks[k]!) ? k - j : 0;
}

function joined(a: Token, b: Token): boolean {
  const gap = a.post + b.pre;
  // A line break ends a name: "… terms set by Kovacs\nAnna Ruiz, the chair, …".
  if (/[\n\r]/.test(gap)) return false;
  return (/^\s*$/.test(gap) || gap === '-' || (/^\.\s+$/.test(gap) && isAbbreviation(a))) && !POSSESSIVE.test(a.text);
}

/** "M." in "Anna M. Kovacs", "Rep." in "Rep. Jim Lowe": a dot inside a name or a title. */
function isAbbreviation(t: Token): boolean {
  return t.tags.has('Abbreviation') || t.tags.has('Honorific') || /^\p{Lu}$/u.test(t.text);
}
