/**
 * What an attribution refers to: a speaker reference (attribution.ts) → a speaker.
 *   - a person mention is that person;
 *   - "he"/"she" is the nearest earlier person that fits: sentence by sentence backwards,
 *     each sentence read from its start (its subject first, a name in the possessive last),
 *     skipping anyone the text writes as the other gender; the answer teaches the person's
 *     gender to later pronouns. "it"/"they" is the organisation or source quoted just before;
 *   - "the sheriff" is the person named earlier with that role in their title ("Sheriff Ana
 *     Ruiz"), or the unnamed source quoted earlier with that role ("a foreign diplomat …
 *     the diplomat added"), or stays as written;
 *   - any other noun phrase is an organisation when it is a name ("Harwick Water", "Clean Rivers
 *     Trust") and an unnamed source as the text calls it otherwise ("a police spokeswoman").
 * People named inside quotes are never antecedents: a pronoun outside a quote does not
 * refer to them.
 */
import type { PersonClaim, SpeakerKind } from '../../types.js';
import { isKnownPlace, lowerBound, type Token } from '../nlp.js';
import type { Gender } from '../people/index.js';
import { PARTY_WORDS, ROLES, ROLE_SYNONYMS } from '../../titles/lexicon.js';
import { insideQuote, isPossessive, peopleWithin, reportingSubject, segmentAt, type AttributionContext, type SpeakerRef } from './attribution.js';
import { FEMALE_WORDS, MALE_WORDS, ORGANISATION_HEADS } from '../people/lexicon.js';

/** Who said a quote, as the claim records it. */
export interface Speaker {
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly how: string;
}

/** How far back (in characters) a pronoun or role looks for what it refers to. */
const REACH = 4000;
const DEFINITE = /^(?:the|this|that|his|her|its|their)$/i;

/** Resolves speaker references of one report, in text order (it learns genders as it goes). */
export class SpeakerResolver {
  private readonly genders: Map<string, Gender>;
  /** Sources quoted so far that are not people: "a foreign diplomat", "the ministry". */
  private readonly sources: { readonly name: string; readonly kind: SpeakerKind; readonly head: string; readonly at: number }[] = [];
  /** People a role or description stood for so far ("the sheriff" → Sheriff Ana Ruiz), where it was written. */
  private readonly referred: { readonly person: PersonClaim; readonly at: number }[] = [];

  constructor(
    private readonly ctx: AttributionContext,
    genders: ReadonlyMap<string, Gender>,
  ) {
    this.genders = new Map(genders);
  }

  /** The speaker `ref` names, at offset `at` of the report, or null when it names no one found. */
  resolve(ref: SpeakerRef, at: number): Speaker | null {
    switch (ref.type) {
      case 'person':
        return { name: ref.with ? `${ref.with.name} and ${ref.claim.name}` : ref.claim.name, kind: 'person', how: ref.how };
      case 'pronoun':
        return this.pronoun(ref.word, ref.at);
      case 'phrase':
        return this.phrase(ref.tokens, ref.how, at);
      default: {
        const never: never = ref;
        return never;
      }
    }
  }

  private pronoun(word: string, at: number): Speaker | null {
    if (word === 'he' || word === 'she') {
      const gender: Gender = word === 'he' ? 'm' : 'f';
      // "A police spokeswoman said two were missing. “…,” she said.": the unnamed speaker of
      // the sentence before, when no one is named since.
      const unnamed = this.unnamedSpeakerBefore(at, gender);
      if (unnamed) return unnamed;
      const found = this.antecedent(at, gender);
      // "“…,” the Secretary-General said. … “…,” he said.": a person a role or description
      // stood for since is nearer than the last name.
      const fits = (x: PersonClaim): boolean => (this.genders.get(surnameKey(x.name)) ?? gender) === gender;
      const since = this.referred.filter((r) => r.at < at && at - r.at < REACH && (found === null || r.at > found.span.end) && fits(r.person)).at(-1);
      const p = since?.person ?? found;
      if (p === null) return null;
      const key = surnameKey(p.name);
      if (!this.genders.has(key)) this.genders.set(key, gender);
      return { name: p.name, kind: 'person', how: 'pronoun' };
    }
    if (word === 'it' || word === 'they') {
      const source = [...this.sources].reverse().find((x) => x.at < at && at - x.at < REACH);
      return source ? { name: source.name, kind: source.kind, how: 'pronoun' } : null;
    }
    return null;
  }

  /**
   * The unnamed speaker ("a police spokeswoman") of the sentence before the one at `at`,
   * when it fits the pronoun's gender and nobody is named between it and the pronoun.
   */
  private unnamedSpeakerBefore(at: number, gender: Gender): Speaker | null {
    const s = segmentAt(this.ctx.segments, at);
    const ref = s > 0 ? reportingSubject(this.ctx, s - 1) : null;
    if (ref === null || ref.type !== 'phrase') return null;
    const first = ref.tokens[0]!;
    const last = ref.tokens[ref.tokens.length - 1]!;
    if (peopleWithin(this.ctx, first.start, at).length > 0) return null;
    const head = last.text.toLowerCase();
    if (!(ROLES.has(head) || last.tags.has('Actor') || isSayer(last)) || (gender === 'm' ? FEMALE_WORDS : MALE_WORDS).has(head)) return null;
    if (!/^(?:a|an|one|the)$/i.test(first.text)) return null;
    // "the HRWA official said …": a description of someone named before is that person.
    if (/^the$/i.test(first.text)) {
      const person = this.withRole(roleWord(last.text), first.start) ?? this.described(ref.tokens, last, first.start);
      if (person) return (this.genders.get(surnameKey(person.name)) ?? gender) === gender ? { name: person.name, kind: 'person', how: 'pronoun' } : null;
    }
    return { name: this.ctx.text.slice(first.start, last.end), kind: 'unnamed', how: 'pronoun' };
  }

  /**
   * The nearest earlier person who can be "he" or "she" at `at`. A sentence whose subject
   * is itself "he" or "she", before any name in it ("At 55, he is the age Vask was"),
   * is about whom that pronoun refers to, not about the names after it.
   */
  private antecedent(at: number, gender: Gender, depth = 0): PersonClaim | null {
    const people = this.ctx.people;
    let i = lowerBound(people, at, (p) => p.span.start) - 1;
    while (i >= 0) {
      if (at - people[i]!.span.end > REACH) return null;
      const sentence = people[i]!.sentence.start;
      let j = i;
      while (j > 0 && people[j - 1]!.sentence.start === sentence) j--;
      const group = people.slice(j, i + 1).filter((p) => p.span.end <= at);
      const lead = group.length > 0 ? leadingPronoun(this.ctx, sentence, group[0]!.span.start) : null;
      if (lead !== null && lead.gender === gender && depth < MAX_CHAIN) {
        const p = this.antecedent(lead.at, gender, depth + 1);
        if (p) return p;
      }
      const ordered = [...group.filter((p) => !isPossessive(this.ctx.text, p)), ...group.filter((p) => isPossessive(this.ctx.text, p))];
      const fit = ordered.find((p) => (this.genders.get(surnameKey(p.name)) ?? gender) === gender);
      if (fit) return fit;
      i = j - 1;
    }
    return null;
  }

  private phrase(tokens: readonly Token[], how: string, at: number): Speaker | null {
    const first = tokens[0]!;
    const last = tokens[tokens.length - 1]!;
    // "Ruiz's father Pablo Ruiz of Harwick": the person the phrase names; but not a name
    // after the phrase's link word: "a spokesman for Ron Lowe" is the spokesman.
    const linkAt = tokens.findIndex((t, i) => i > 0 && /^(?:of|for|at|to|from)$/i.test(t.text));
    const owner = linkAt > 0 ? tokens[linkAt - 1]! : null;
    const linked = owner !== null && (ROLES.has(roleWord(owner.text)) || ROLES.has(owner.text.toLowerCase()) || owner.tags.has('Actor'));
    const named = peopleWithin(this.ctx, first.start, last.end + 1).find((p) => !isPossessive(this.ctx.text, p) && !(linked && p.span.start > tokens[linkAt]!.start));
    if (named) return { name: named.name, kind: 'person', how };
    // "Chief Deputy Ana Ruiz": a given name and a surname end the phrase.
    const given = tokens.findIndex((t, i) => i < tokens.length - 1 && !(linked && i > linkAt) && isGivenName(t) && tokens.slice(i + 1).every((x) => /^\p{Lu}/u.test(x.text)));
    if (given >= 0) return { name: this.ctx.text.slice(tokens[given]!.start, last.end), kind: 'person', how };
    const name = this.ctx.text.slice(first.start, last.end);
    const link = tokens.findIndex((t, i) => i > 0 && /^(?:of|for|at|from)$/i.test(t.text));
    const head = tokens[link > 0 ? link - 1 : tokens.length - 1]!;
    const headWord = roleWord(head.text);
    if (head.tags.has('Date') || head.tags.has('Value') || head.tags.has('Pronoun') || head.tags.has('Determiner')) return null;
    const isRole = ROLES.has(headWord) || ROLES.has(head.text.toLowerCase()) || head.tags.has('Actor');
    if (isRole && DEFINITE.test(first.text)) {
      const person = this.withRole(headWord, at);
      if (person) return this.refer(person, first.start);
      const source = [...this.sources].reverse().find((x) => x.head === headWord && x.at < at && at - x.at < REACH);
      if (source) return { name: source.name, kind: source.kind, how: 'role' };
    }
    if (/^the$/i.test(first.text) && !tokens.some((t) => /['’]s?$/.test(t.text) || t.tags.has('Possessive'))) {
      const person = this.described(tokens, head, at);
      if (person) return this.refer(person, first.start);
    }
    // A sentence before the quote reports speech only if someone, or a body, speaks in it:
    // "before his sentence was announced" reports none.
    if (how === 'reported-before' && !isRole && !isSayer(head) && !tokens.some((t, i) => /^\p{Lu}/u.test(t.text) && (i > 0 || !this.opensSentence(t)))) return null;
    const isName = !isRole && tokens.some((t, i) => !t.tags.has('Determiner') && /^\p{Lu}/u.test(t.text) && (i > 0 || !this.opensSentence(t) || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Url')));
    const kind: SpeakerKind = isName ? 'organisation' : 'unnamed';
    this.sources.push({ name, kind, head: headWord, at });
    return { name, kind, how };
  }

  /**
   * The person a definite description refers back to, when no one has its role in their
   * title: "the HRWA official" is the person named before with a title of that body
   * ("the agency's director of operations, Lena Hart"); "the Telmar Republican", "the
   * Briton" (a party member, a nationality: words no one else in the story is called by
   * without being named) is the person named last before it.
   */
  private described(tokens: readonly Token[], head: Token, at: number): PersonClaim | null {
    const people = this.ctx.people;
    const start = lowerBound(people, at, (p) => p.span.start) - 1;
    // Capitalised words of the phrase that name a body, not a place or the head itself.
    const bodies = tokens.slice(1).filter((t) => t !== head && /^\p{Lu}/u.test(t.text) && !isKnownPlace(t.text)).map((t) => t.text.toLowerCase());
    if (bodies.length > 0) {
      for (let i = start; i >= 0; i--) {
        const p = people[i]!;
        if (at - p.span.end > REACH) break;
        const words = (p.title ?? '').split(/[\s,()]+/).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
        if (bodies.some((b) => words.includes(b))) return p;
      }
    }
    if (!PARTY_WORDS.has(head.text.toLowerCase()) && !head.tags.has('Demonym')) return null;
    for (let i = start; i >= 0; i--) {
      const p = people[i]!;
      if (at - p.span.end > REACH) return null;
      if (!isPossessive(this.ctx.text, p)) return p;
    }
    return null;
  }

  /** A role or description at `at` standing for `person`: later pronouns may refer to it. */
  private refer(person: PersonClaim, at: number): Speaker {
    this.referred.push({ person, at });
    return { name: person.name, kind: 'person', how: 'role' };
  }

  /** The nearest person named before `at` with `role` in their title. */
  private withRole(role: string, at: number): PersonClaim | null {
    const people = this.ctx.people;
    for (let i = lowerBound(people, at, (p) => p.span.start) - 1; i >= 0; i--) {
      const p = people[i]!;
      if (at - p.span.end > REACH) return null;
      // "Secretary-General" holds "general" as "the Secretary-General" does.
      if (p.title !== null && p.title.split(/[\s,-]+/).some((w) => roleWord(w) === role)) return p;
    }
    return null;
  }

  private opensSentence(t: Token): boolean {
    const s = this.ctx.segments[segmentAt(this.ctx.segments, t.start)];
    return s !== undefined && /^[\s"“'‘(]*$/.test(this.ctx.text.slice(s.span.start, t.start));
  }
}

/** How many sentences led by a pronoun a pronoun is followed back through. */
const MAX_CHAIN = 6;

/** "he" or "she" written as a sentence's subject before its first name (at `to`), outside quotes. */
function leadingPronoun(ctx: AttributionContext, from: number, to: number): { gender: Gender; at: number } | null {
  const re = /\b(he|she)\b/gi;
  const part = ctx.text.slice(from, to);
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const at = from + m.index;
    if (insideQuote(ctx, at)) continue;
    return { gender: m[1]!.toLowerCase() === 'he' ? 'm' : 'f', at };
  }
  return null;
}

/** A given name compromise knows ("Ana", "James"). */
function isGivenName(t: Token): boolean {
  return t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName');
}

/**
 * Nouns for who or what speaks besides people with a role: sources, bodies and the papers
 * they issue ("officials said", "the ministry said", "a statement said").
 */
const SAYERS = new Set([
  'source', 'official', 'police', 'authority', 'witness', 'resident', 'people', 'expert', 'analyst', 'observer',
  'critic', 'supporter', 'opponent', 'neighbour', 'neighbor', 'relative', 'family', 'friend', 'colleague', 'student',
  'worker', 'employee', 'member', 'voter', 'protester', 'fan', 'parent', 'victim', 'survivor', 'investigator',
  'prosecutor', 'lawyer', 'spokesperson', 'statement', 'report', 'study', 'letter', 'memo', 'filing', 'release',
  'editorial', 'affidavit', 'website', 'document', 'complaint', 'lawsuit', 'survey', 'poll', 'note', 'post', 'tweet',
  'newspaper', 'paper', 'agency', 'ministry', 'department', 'government', 'company', 'firm', 'group', 'party',
  'council', 'committee', 'court', 'office', 'army', 'military', 'navy', 'force', 'service', 'team', 'club',
  'union', 'board', 'commission', 'organisation', 'organization', 'church', 'school', 'hospital', 'embassy',
]);

/** Whether a phrase's head can be who says something: a sayer or an organisation's head word. */
function isSayer(head: Token): boolean {
  const lemma = head.lemma.replace(/['’]s?$/, '');
  return SAYERS.has(lemma) || SAYERS.has(head.text.toLowerCase().replace(/s$/, '')) || ORGANISATION_HEADS.has(lemma) || head.tags.has('Actor');
}

/** A role word folded for comparison: "Spokeswoman" → "spokesperson". */
function roleWord(w: string): string {
  const bare = w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  return ROLE_SYNONYMS[bare] ?? bare;
}

/** The key genders are kept by: the last word of the name, lower case. */
export function surnameKey(name: string): string {
  const words = name.toLowerCase().split(/\s+/);
  return words[words.length - 1]!.replace(/['’]s?$/, '');
}
