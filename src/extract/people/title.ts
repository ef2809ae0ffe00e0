/**
 * A title taken apart for comparison: "former White House envoy" → qualifiers {former},
 * roles {envoy}, affiliations {white, house}. Pure data work, no tagging: titles are short and
 * their vocabulary is closed enough for the lexicon.
 */
import { AFFILIATION_SYNONYMS, HONORIFICS, QUALIFIERS, ROLES, ROLE_SYNONYMS, STATUS_QUALIFIERS } from './lexicon.js';

/** The parts of a title that decide whether two titles say the same thing. */
export interface TitleParts {
  /** Roles, folded through synonyms ("spokesman" → "spokesperson", "secretary of state"). */
  readonly roles: readonly string[];
  /** Qualifiers that change the claim ("former", "acting"). */
  readonly status: readonly string[];
  /** Whom the role belongs to ("us", "kremlin", "labour"). */
  readonly affiliations: readonly string[];
}

/** Words after "of" that complete a role rather than name an affiliation. */
const ROLE_COMPLEMENTS = new Set(['state', 'defence', 'defense', 'finance', 'justice', 'health', 'education', 'interior', 'staff', 'police', 'operations', 'communications', 'foreign', 'affairs']);
/** Lower-case modifiers that form a compound role with the role after them. */
const ROLE_MODIFIERS = new Set(['prime', 'foreign', 'defence', 'defense', 'finance', 'interior', 'press', 'chief', 'attorney', 'health', 'security', 'national', 'military', 'home', 'economy', 'justice', 'education', 'executive', 'police', 'fire', 'managing', 'general', 'army']);

/**
 * Words for the level of an office: written with a capital when they open a sentence or
 * a formal title ("Regional transport minister"), never the name of whom the role belongs to.
 */
const SCOPE_WORDS = new Set(['regional', 'local', 'national', 'federal', 'provincial', 'municipal', 'county', 'district', 'state-level', 'city']);

/** Splits a title as written into roles, status qualifiers and affiliations. */
export function titleParts(title: string): TitleParts {
  const words = title
    .replace(/['’]s\b/g, '')
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  const roles: string[] = [];
  const status = new Set<string>();
  const affiliations = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const w = raw.toLowerCase().replace(/\.$/, '');
    if (w.startsWith('ex-')) {
      status.add('former');
      words[i] = raw.slice(3);
      i--;
      continue;
    }
    if (QUALIFIERS.has(w)) {
      if (STATUS_QUALIFIERS.has(w)) status.add(w === 'ex' ? 'former' : w);
      continue;
    }
    if (ROLES.has(w) && !HONORIFICS.has(w)) {
      let role = ROLE_SYNONYMS[w] ?? w;
      const before = words[i - 1]?.toLowerCase();
      if (before && ROLE_MODIFIERS.has(before) && /^\p{Ll}/u.test(words[i - 1]!) === /^\p{Ll}/u.test(raw)) role = `${before} ${role}`;
      if (words[i + 1]?.toLowerCase() === 'of') {
        // "secretary of state", "minister of the interior"; "Chancellor of the Exchequer"
        // keeps the plain role, and the words after "of the" are affiliations.
        const at = words[i + 2]?.toLowerCase() === 'the' ? i + 3 : i + 2;
        const complement = words[at]?.toLowerCase();
        if (complement !== undefined && ROLE_COMPLEMENTS.has(complement)) {
          role = `${role} of ${complement}`;
          i = at;
        }
      }
      roles.push(ROLE_SYNONYMS[role] ?? role);
      continue;
    }
    if ((/^\p{Lu}/u.test(raw) && !SCOPE_WORDS.has(w)) || w in AFFILIATION_SYNONYMS) {
      affiliations.add(AFFILIATION_SYNONYMS[w] ?? w);
    }
  }
  return { roles: [...new Set(roles)].sort(), status: [...status].sort(), affiliations: [...affiliations].sort() };
}
