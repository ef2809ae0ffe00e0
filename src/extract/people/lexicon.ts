/**
 * Data tables for finding people: name particles, verbs of speaking, words that say a
 * person's gender, the last words of organisations' names. The title vocabulary (roles,
 * qualifiers) lives in src/titles/lexicon.ts, shared with the stages that compare titles.
 */

/** Lower-case particles inside surnames: "de Wit", "von der Leyen", "bin Salman", "da Silva". */
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'das', 'dos', 'di', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'ben', 'abu',
]);

/** Verbs of speaking, by lemma: they mark a name as a speaker. */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'declare', 'announce', 'write', 'post', 'tweet', 'note',
  'warn', 'insist', 'claim', 'argue', 'explain', 'describe', 'call', 'urge', 'ask', 'reply',
  'respond', 'comment', 'remark', 'acknowledge', 'admit', 'confirm', 'deny', 'recall',
  'recount', 'continue', 'conclude', 'stress', 'emphasise', 'emphasize', 'predict', 'vow',
  'promise', 'pledge', 'suggest', 'observe', 'shout', 'scream', 'whisper', 'cry', 'plead',
  'testify', 'concede', 'contend', 'maintain', 'assert', 'counter', 'quip', 'joke', 'lament',
  'complain', 'boast', 'caution', 'demand', 'propose', 'recommend', 'report', 'repeat',
  'agree', 'charge', 'allege', 'accuse', 'hail', 'praise', 'criticise', 'criticize', 'describe',
  'brand', 'dismiss', 'reject', 'label', 'characterise', 'characterize', 'express', 'signal',
  'muse', 'laud', 'concur', 'reiterate', 'exclaim', 'yell', 'mention', 'reveal', 'announce', 'interject',
  'answer', 'retort', 'apologise', 'apologize', 'condemn', 'denounce', 'decry', 'slam', 'term', 'assure',
]);

/**
 * Words that say a person is a man or a woman when written as their title or around their
 * name ("Mr.", "spokeswoman", "his sister"): what a later "he" or "she" can refer to.
 */
export const MALE_WORDS = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'duke', 'earl', 'baron', 'emperor', 'spokesman', 'chairman',
  'congressman', 'councilman', 'businessman', 'policeman', 'fireman', 'actor', 'father', 'son', 'brother',
  'husband', 'uncle', 'nephew', 'grandfather', 'boyfriend', 'man', 'boy', 'monk', 'abbot', 'fr', 'cardinal',
  'pope', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'emir', 'sultan', 'tsar', 'czar', 'widower',
]);
export const FEMALE_WORDS = new Set([
  'mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'duchess', 'countess', 'baroness', 'empress',
  'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'policewoman', 'actress',
  'mother', 'daughter', 'sister', 'wife', 'aunt', 'niece', 'grandmother', 'girlfriend', 'woman', 'girl',
  'nun', 'abbess', 'sister', 'widow', 'madame', 'mme',
]);

/**
 * Given names compromise knows as names but not as a man's or a woman's ("Wade", "Jack",
 * "Imogen"): what a later "he" or "she" can refer to. Names borne by both (Jordan, Jean,
 * Andrea, Charlie) are left out.
 */
export const MALE_GIVEN_NAMES = new Set([
  'mark', 'frank', 'jack', 'randy', 'bill', 'wade', 'bob', 'rob', 'nick', 'ray', 'hamish', 'angus', 'declan', 'rhys',
  'max', 'leo', 'alfie', 'kwame', 'kofi', 'ravi', 'raj', 'vikram',
]);
export const FEMALE_GIVEN_NAMES = new Set([
  'victoria', 'grace', 'imogen', 'priya', 'aoife', 'kirsty', 'morag', 'poppy', 'freya', 'anjali', 'deepa', 'meera',
]);

/**
 * Last words of an organisation's name ("General Motors Corp", "Merrill Lynch Capital
 * Markets", "the Justice Department"): a run of capitalised words ending in one is no
 * person. Words that are also common surnames (Court, Trust, Capital) are left out.
 */
export const ORGANISATION_HEADS = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'co', 'cos', 'ltd', 'limited', 'llc', 'plc', 'ag', 'gmbh', 'nv', 'bv',
  'sa', 'spa', 'company', 'companies', 'group', 'holdings', 'industries', 'bancorp', 'bank', 'markets',
  'securities', 'motors', 'airlines', 'airways', 'partners', 'associates', 'enterprises', 'international',
  'department', 'ministry', 'agency', 'commission', 'committee', 'council', 'association', 'federation',
  'exchange', 'board', 'party', 'union', 'university', 'institute', 'foundation', 'authority', 'office',
  'parliament', 'senate', 'congress', 'assembly', 'administration', 'government', 'reserve', 'fund',
  'police', 'constabulary', 'brigade', 'coalition', 'alliance', 'network', 'advisors', 'advisers', 'consultants', 'services',
]);

/**
 * Words that open a name of something other than a person ("Hurricane Dorota", "Mount
 * Telmar", "Fort Vask"): a run starting with one, or right after one, is no person.
 */
export const NOT_PEOPLE = new Set([
  'hurricane', 'typhoon', 'cyclone', 'storm', 'tropical', 'mount', 'mt', 'lake', 'fort', 'camp', 'cape', 'port',
  'operation', 'project', 'planet', 'asteroid', 'comet', 'flight', 'route', 'highway', 'interstate',
]);
