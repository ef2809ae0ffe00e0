/**
 * Titles: a title as written → the roles it states, and whether two reports' titles for one
 * person can both be true. Pure data work, no tagging: titles are short and their
 * vocabulary is closed enough for the lexicon. Below extraction (which finds titles), and
 * below align/ and judge/ (which compare them).
 *
 * A title is read by meaning, not as a bag of words:
 *   - a role is one office however it is written: "Transport Secretary" and "Secretary of
 *     Transport", "spokesman" and "spokesperson", "CEO" and "chief executive";
 *   - whose role it is compares by name, acronym or expansion: "HRWA spokesman" and
 *     "spokesman for the Harwick Relief and Works Agency", "N.S." and "North Shore";
 *   - titles conflict only when the roles differ: the same role said to be held and held no
 *     longer ("former"), held for two different employers or portfolios, or two offices
 *     one person cannot hold at once (CEO and COO of one company, governor and senator).
 *     Roles that can all be true ("deputy campaign manager", "Kovacs aide") do not conflict.
 */
import {
  AFFILIATION_STOP_WORDS, AFFILIATION_SYNONYMS, COMPOUND_ROLES, EXCLUSIVE_ROLES, GENERIC_AFFILIATION_WORDS,
  HONORIFICS, PORTFOLIOS, PUBLIC_OFFICES, QUALIFIERS, ROLES, ROLE_SYNONYMS, STATUS_QUALIFIERS,
} from './lexicon.js';

export { HONORIFICS, QUALIFIERS, ROLES, ROLE_SYNONYMS } from './lexicon.js';

/** One role a title states. */
export interface Role {
  /** The role, folded: "spokesperson", "attorney general", "chief executive", "secretary". */
  readonly role: string;
  /** Qualifiers that change what it claims, folded and sorted: "former", "acting", "deputy". */
  readonly status: readonly string[];
  /** Whose role it is: phrases as written ("Harwick Relief and Works Agency", "Kremlin", "transport"). */
  readonly affiliations: readonly string[];
  /** True when the title counts the times the role was held ("two-time champion"): a history, current or not. */
  readonly counted: boolean;
  /** The title it was read from, as written. */
  readonly title: string;
}

/** Words that, written in capitals before a role, give its level, not whose it is ("Regional transport minister"). */
const SCOPE_WORDS = new Set(['regional', 'local', 'national', 'federal', 'provincial', 'municipal', 'county', 'district', 'state-level', 'city']);
const LINKS = new Set(['of', 'for', 'at', 'with', 'to']);
/** "Its chief executive": whose the role is, said by a pronoun, names no one to compare. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'whose']);

/** The roles a title states ("executive vice president of X and former director of Y" → two). */
export function parseTitle(title: string): Role[] {
  const out: Role[] = [];
  for (const part of splitRoles(title)) {
    const role = parseRole(part, title);
    if (role) out.push(role);
  }
  return out;
}

/**
 * A title split where it states another role: at ";" and at "and" before a lower-case word
 * ("CEO and co-founder", "… and former director of …"), not inside a name ("Parks and
 * Rivers Service").
 */
function splitRoles(title: string): string[] {
  return title.split(/;|\s+and\s+(?=\p{Ll})|,\s+(?=(?:and\s+)?(?:former|ex-|then|now|also)\b)/u).map((p) => p.trim()).filter((p) => p !== '');
}

function words(text: string): string[] {
  return text
    .replace(/['’]s\b/g, '')
    .replace(/\b(vice|ex|co)-(?=\p{L})/giu, '$1 ')
    .replace(/-(elect|designate|general)\b/gi, ' $1')
    .split(/[\s,()]+/)
    .filter((w) => w !== '');
}

const fold = (w: string): string => w.toLowerCase().replace(/\.$/, '');

function parseRole(part: string, title: string): Role | null {
  const ws = words(part);
  const lower = ws.map(fold);
  // The head: the last role word before the first link ("spokesman for …"), else the first one.
  const link = lower.findIndex((w) => LINKS.has(w));
  const isRole = (w: string): boolean => ROLES.has(w) && !HONORIFICS.has(w) && !(QUALIFIERS.has(w) && w !== 'chief');
  let head = -1;
  for (let i = 0; i < (link < 0 ? lower.length : link); i++) if (isRole(lower[i]!)) head = i;
  if (head < 0) head = lower.findIndex(isRole);
  // "deputy" alone is a role ("the deputy"); before another role it qualifies it.
  if (head < 0) head = lower.findIndex((w) => w === 'deputy' || w === 'assistant');
  if (head < 0) return null;
  // A compound role around the head: "attorney general", "chief operating officer".
  let from = head;
  let to = head;
  let role = ROLE_SYNONYMS[lower[head]!] ?? lower[head]!;
  for (const compound of COMPOUND_ROLES) {
    const parts = compound.split(' ');
    for (let s = Math.max(0, head - parts.length + 1); s <= head; s++) {
      if (parts.every((p, k) => lower[s + k] === p)) {
        from = s;
        to = s + parts.length - 1;
        role = ROLE_SYNONYMS[compound] ?? compound;
        break;
      }
    }
    if (from !== head || to !== head) break;
  }
  const status = new Set<string>();
  const affiliations: string[] = [];
  // Before the role: qualifiers, portfolios, and capitalised words naming whose role it is.
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) affiliations.push(run.join(' '));
    run = [];
  };
  for (let i = 0; i < from; i++) {
    const w = lower[i]!;
    const raw = ws[i]!;
    if (ws[i]!.toLowerCase().startsWith('ex-') || w === 'ex') {
      status.add('former');
      flush();
    } else if (QUALIFIERS.has(w)) {
      // "Sheriff's Deputy Cpl.": after another role, "deputy" is that role's, not a rank of the next.
      const ofAnother = (w === 'deputy' || w === 'assistant') && lower.slice(0, i).some(isRole);
      if (STATUS_QUALIFIERS.has(w) && !ofAnother) status.add(w);
      flush();
    } else if (PORTFOLIOS.has(w) && (/^\p{Ll}/u.test(raw) || isRole(w))) {
      // "transport minister"; "justice secretary": before the head a role word such as
      // "justice" is the portfolio.
      flush();
      affiliations.push(w);
    } else if (isRole(w) || HONORIFICS.has(w) || SCOPE_WORDS.has(w) || POSSESSIVE_PRONOUNS.has(w)) {
      flush();
    } else if (/^[\p{Lu}\p{N}]/u.test(raw) || w in AFFILIATION_SYNONYMS) {
      run.push(raw);
    } else if ((w === 'and' || w === 'of' || w === '&') && run.length > 0) {
      run.push(raw);
    } else {
      flush();
    }
  }
  flush();
  // After it: a rank ("-elect", "'s Deputy"), and what follows "of", "for", "at" ("secretary of the Treasury").
  for (let i = to + 1; i < lower.length; i++) {
    const w = lower[i]!;
    // "president-elect"; "the Sheriff's Deputy" is a deputy sheriff.
    if (STATUS_QUALIFIERS.has(w)) {
      status.add(w);
      continue;
    }
    if (LINKS.has(w)) {
      const rest = ws.slice(i + 1).filter((x, k) => !(k === 0 && /^(?:the|a|an)$/i.test(x)));
      if (rest.length > 0) affiliations.push(rest.join(' '));
      break;
    }
  }
  // "vice president", "deputy mayor": a rank is status, whatever the word order.
  if (role === 'president' && lower.slice(0, head).includes('vice')) status.add('vice');
  const counted = lower.slice(0, from).some((w) => /^[\p{L}\p{N}]+-times?$/u.test(w));
  return { role, status: [...status].sort(), affiliations: affiliations.map(trimLinks).filter((a) => a !== ''), counted, title };
}

function trimLinks(phrase: string): string {
  return phrase.replace(/^(?:(?:and|of|&)\s+)+|(?:\s+(?:and|of|&))+$/gi, '').trim();
}

// ---------------------------------------------------------------- comparing

/** Two titles that cannot both be true, as written, one from each side. */
export interface TitleConflict {
  /** The first side's title. */
  readonly a: string;
  /** The second side's title. */
  readonly b: string;
  /** Why, in a few words: "former", "different employers", "different offices". */
  readonly why: string;
}

/**
 * Whether two reports' titles for one person can all be true; when not, the first pair of
 * titles (one from each side, as written) that cannot. `ignore`: roles never compared.
 */
export function titleConflict(a: readonly string[], b: readonly string[]): TitleConflict | null {
  const ra = a.flatMap(parseTitle);
  const rb = b.flatMap(parseTitle);
  for (const x of ra) {
    for (const y of rb) {
      if (x.role !== y.role) continue;
      // A side that also states the other side's qualifiers for this role does not conflict.
      const sx = statusOf(ra, x.role);
      const sy = statusOf(rb, y.role);
      if (sx !== sy && x.status.join(' ') !== y.status.join(' ') && !x.counted && !y.counted) {
        return { a: x.title, b: y.title, why: statusWhy(x.status, y.status) };
      }
      const ax = affiliationsOf(ra, x.role);
      const ay = affiliationsOf(rb, y.role);
      if (affiliationsClash(ax, ay) && x.affiliations.length > 0 && y.affiliations.length > 0) {
        return { a: x.title, b: y.title, why: 'held for different employers or portfolios' };
      }
    }
  }
  for (const family of [...EXCLUSIVE_ROLES, PUBLIC_OFFICES]) {
    for (const x of ra) {
      if (!family.includes(x.role) || x.status.length > 0) continue;
      for (const y of rb) {
        if (!family.includes(y.role) || y.role === x.role || y.status.length > 0) continue;
        if (rb.some((r) => r.role === x.role) || ra.some((r) => r.role === y.role)) continue;
        if (x.affiliations.length > 0 && y.affiliations.length > 0 && !affiliationsAgree(x.affiliations, y.affiliations)) continue;
        return { a: x.title, b: y.title, why: 'two offices one person does not hold at once' };
      }
    }
  }
  return null;
}

/**
 * Whether two reports give a person one office: a role both state (not a bare descriptor
 * such as "official") with the same qualifiers, and whose role it is agreeing where both say. For telling whether two names are
 * one person written two ways ("J. Edwin Vask, FBI director" and "Hugo Vask, the
 * FBI director").
 */
export function sameOffice(a: readonly string[], b: readonly string[]): boolean {
  const ra = a.flatMap(parseTitle);
  const rb = b.flatMap(parseTitle);
  return ra.some((x) => rb.some((y) => x.role === y.role && !BARE_ROLES.has(x.role) && x.status.join() === y.status.join() &&
    (x.affiliations.length === 0 || y.affiliations.length === 0 || affiliationsAgree(x.affiliations, y.affiliations))));
}

/**
 * Whether two reports give two names one office only one person holds: the same head of the
 * same body ("the Harwick club's general manager"), both reports saying whose it is. For
 * telling whether two surnames under one given name are one person written two ways.
 */
export function sameSingleOffice(a: readonly string[], b: readonly string[]): boolean {
  const ra = a.flatMap(parseTitle);
  const rb = b.flatMap(parseTitle);
  return ra.some((x) => rb.some((y) => x.role === y.role && SINGLE_HOLDER_ROLES.has(x.role) && x.status.join() === y.status.join() &&
    x.affiliations.length > 0 && y.affiliations.length > 0 && affiliationsAgree(x.affiliations, y.affiliations)));
}

/** Roles of one holder at a time in a body. */
const SINGLE_HOLDER_ROLES = new Set([
  'president', 'prime minister', 'chancellor', 'governor', 'mayor', 'chief executive', 'chief operating officer',
  'chief financial officer', 'general manager', 'head coach', 'police chief', 'fire chief', 'chief constable', 'sheriff',
  'chair', 'secretary of state', 'attorney general', 'district attorney', 'secretary general', 'director general',
  'managing director', 'chief justice', 'commissioner', 'superintendent',
]);

/** Roles that say too little to identify anyone ("an official", "the leader"). */
const BARE_ROLES = new Set(['official', 'officer', 'leader', 'head', 'chief', 'executive', 'member', 'spokesperson', 'witness', 'resident']);

function statusOf(roles: readonly Role[], role: string): string {
  return [...new Set(roles.filter((r) => r.role === role).flatMap((r) => r.status))].sort().join(' ');
}

function affiliationsOf(roles: readonly Role[], role: string): string[] {
  return roles.filter((r) => r.role === role).flatMap((r) => r.affiliations);
}

function statusWhy(x: readonly string[], y: readonly string[]): string {
  const only = [...x.filter((s) => !y.includes(s)), ...y.filter((s) => !x.includes(s))];
  return `"${only.join(' ')}" in one report only`;
}

/**
 * Whether two lists of affiliations name different employers or portfolios: portfolios
 * ("home", "justice") are compared with portfolios, bodies and people ("Harwick Water",
 * "Ruiz's") with bodies. "defense attorney" and "Ruiz's attorney" say two things that can
 * both be true.
 */
function affiliationsClash(a: readonly string[], b: readonly string[]): boolean {
  const portfolio = (x: string): boolean => {
    const ws = contentWords(x);
    return ws.length > 0 && ws.every((w) => PORTFOLIOS.has(w));
  };
  // A capitalised portfolio word ("Home Secretary", "Labour councillor") may name either;
  // a body named by generic words only ("Union president", "the Agency") could be any.
  const body = (x: string): boolean => (!portfolio(x) || /\p{Lu}/u.test(x)) && contentWords(x).some((w) => !GENERIC_AFFILIATION_WORDS.has(w));
  for (const sort of [portfolio, body]) {
    const xs = a.filter(sort);
    const ys = b.filter(sort);
    if (xs.length > 0 && ys.length > 0 && !affiliationsAgree(xs, ys)) return true;
  }
  return false;
}

/** Whether two lists of affiliations can name the same employer or portfolio. */
export function affiliationsAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameAffiliation(x, y)));
}

/**
 * One affiliation written two ways: a shared word that is not generic ("Orlen" in "Orlen's
 * cloud group"), an acronym of the other ("HRWA" / "Harwick Relief and Works Agency", "N.S." /
 * "North Shore"), or a known synonym ("U.S." / "American").
 */
export function sameAffiliation(x: string, y: string): boolean {
  const wx = contentWords(x);
  const wy = contentWords(y);
  const specific = (w: string): boolean => !GENERIC_AFFILIATION_WORDS.has(w);
  if (wx.some((w) => specific(w) && wy.includes(w))) return true;
  if (wx.length > 0 && wx.join(' ') === wy.join(' ')) return true;
  // "HRWA in Telmar" / "Harwick Relief and Works Agency": an acronym within the phrase.
  const acronymIn = (a: string, b: string): boolean => a.split(/\s+/).some((w) => isAcronymOf(w.replace(/['’]s$/, ''), b));
  return acronymIn(x, y) || acronymIn(y, x);
}

/** Folded content words of an affiliation, synonyms applied ("U.S." → "us", "British" → "uk"). */
function contentWords(phrase: string): string[] {
  const whole = phrase.toLowerCase();
  if (whole in AFFILIATION_SYNONYMS) return [AFFILIATION_SYNONYMS[whole]!];
  return phrase
    .split(/\s+/)
    .map((w) => w.toLowerCase().replace(/['’]s$/, ''))
    .map((w) => AFFILIATION_SYNONYMS[w] ?? w.replace(/\./g, ''))
    .filter((w) => w !== '' && !AFFILIATION_STOP_WORDS.has(w));
}

/** Whether `short` (one word, "HRWA", "N.S.") is the initials of `long` (acronyms in it count whole). */
function isAcronymOf(short: string, long: string): boolean {
  const s = short.replace(/\./g, '');
  if (/\s/.test(s) || s.length < 2 || !/^\p{Lu}+$/u.test(s)) return false;
  const initials = long
    .split(/\s+/)
    .filter((w) => w !== '' && !AFFILIATION_STOP_WORDS.has(w.toLowerCase()))
    .map((w) => {
      const bare = w.replace(/\./g, '').replace(/['’]s$/, '');
      return /^\p{Lu}{2,}$/u.test(bare) ? bare : bare.slice(0, 1).toUpperCase();
    })
    .join('');
  return initials.length > 1 && initials === s;
}
