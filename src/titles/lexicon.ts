/**
 * Data tables for titles: the role nouns journalists put around a name, the qualifiers
 * that change a title's meaning ("former", "acting"), role synonyms and compounds, and the
 * affiliation spellings that mean one thing. Read by extraction (to find a title) and by
 * the stages that compare titles (src/titles/index.ts).
 */

/** Role nouns, lower case. Multi-word roles are matched by their head word. */
export const ROLES = new Set([
  'president', 'vice-president', 'premier', 'minister', 'secretary', 'spokesperson', 'spokesman',
  'spokeswoman', 'adviser', 'advisor', 'envoy', 'ambassador', 'chancellor', 'governor', 'mayor',
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'mp',
  'general', 'gen', 'commander', 'chief', 'head', 'director', 'ceo', 'cfo', 'chairman',
  'chairwoman', 'chair', 'leader', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'attorney', 'prosecutor', 'official', 'officer', 'lawyer', 'analyst', 'professor',
  'prof', 'researcher', 'economist', 'witness', 'founder', 'executive', 'manager', 'coach',
  'captain', 'speaker', 'lieutenant', 'colonel', 'sergeant', 'inspector', 'superintendent',
  'commissioner', 'dr', 'doctor', 'negotiator', 'diplomat', 'aide', 'deputy', 'editor',
  'correspondent', 'reporter', 'founder', 'owner', 'administrator', 'coordinator', 'chief',
  'spokesperson', 'emir', 'sheikh', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam',
  'councillor', 'councilor', 'councilman', 'councilwoman', 'sheriff', 'marshal', 'admiral',
  'commandant', 'auditor', 'regulator', 'magistrate', 'counsel', 'treasurer', 'comptroller',
  'scientist', 'physician', 'surgeon', 'nurse', 'engineer', 'architect', 'teacher', 'principal',
  'activist', 'campaigner', 'organiser', 'organizer', 'resident', 'survivor', 'owner',
  'tsar', 'czar', 'strategist', 'pollster', 'consultant', 'partner', 'mr', 'mrs', 'ms', 'sir',
  'dame', 'lord', 'lady', 'mx', 'detective', 'constable', 'firefighter', 'paramedic',
  'coo', 'cto', 'cio', 'cmo', 'president-elect', 'champion', 'quarterback', 'commentator',
  'columnist', 'actor', 'actress', 'author', 'producer', 'controller', 'co-founder', 'cofounder',
  'chairperson', 'vicar', 'priest', 'pastor', 'monsignor', 'msgr', 'rev', 'reverend', 'sr', 'sister',
  'fr', 'father', 'brother', 'sgt', 'lt', 'col', 'capt', 'cmdr', 'adm', 'gov', 'supt', 'insp', 'cpl', 'corporal',
  'undersheriff', 'undersecretary', 'agent', 'publicist', 'coroner', 'trooper', 'warden', 'chaplain', 'whip',
  'candidate', 'nominee', 'backbencher', 'frontbencher', 'advocate',
  // A party member named by party, as US and UK copy writes one: "Harwick Democrat Ana Ruiz", "the Telmar Republican".
  'democrat', 'republican', 'tory',
]);

/**
 * Party members named by their party ("the Telmar Republican", "Harwick Democrat Ana Ruiz"):
 * a definite description with one refers back to the person named just before.
 */
export const PARTY_WORDS = new Set(['democrat', 'republican', 'tory', 'conservative', 'liberal', 'libertarian', 'socialist', 'nationalist', 'unionist']);

/** Honorifics that say nothing about office: dropped when titles are compared. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'sir', 'dame', 'lord', 'lady', 'dr', 'prof']);

/** Words that qualify a role and change what it claims. */
export const QUALIFIERS = new Set([
  'former', 'ex', 'acting', 'interim', 'deputy', 'vice', 'assistant', 'senior', 'outgoing',
  'incoming', 'then', 'late', 'retired', 'special', 'designate', 'elect', 'caretaker',
  'junior', 'associate', 'co', 'honorary', 'provisional', 'temporary', 'de facto',
]);

/** Qualifiers that flip a title's truth: "former envoy" is not "envoy". */
export const STATUS_QUALIFIERS = new Set([
  'former', 'ex', 'acting', 'interim', 'outgoing', 'incoming', 'then', 'late', 'retired',
  'designate', 'elect', 'caretaker', 'deputy', 'vice', 'assistant', 'provisional', 'temporary',
]);

/** Role synonyms folded before comparison. */
export const ROLE_SYNONYMS: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', advisor: 'adviser', sen: 'senator',
  rep: 'representative', gen: 'general', chairwoman: 'chair', chairman: 'chair',
  councilor: 'councillor', councilman: 'councillor', councilwoman: 'councillor',
  congresswoman: 'congressman', doctor: 'dr', organizer: 'organiser', ceo: 'chief executive',
  czar: 'tsar', premier: 'prime minister', prof: 'professor', coo: 'chief operating officer',
  cfo: 'chief financial officer', cto: 'chief technology officer', cio: 'chief information officer',
  cmo: 'chief marketing officer', 'chief executive officer': 'chief executive', cofounder: 'co-founder',
  chairperson: 'chair', sgt: 'sergeant', lt: 'lieutenant', col: 'colonel', capt: 'captain',
  cmdr: 'commander', adm: 'admiral', gov: 'governor', supt: 'superintendent', insp: 'inspector', cpl: 'corporal',
  msgr: 'monsignor', reverend: 'rev', actress: 'actor',
};

/**
 * Roles of more than one word, lower case, longest first when matched: "attorney general"
 * is one office, not an attorney who is a general.
 */
export const COMPOUND_ROLES: readonly string[] = [
  'chief executive officer', 'chief operating officer', 'chief financial officer', 'chief technology officer',
  'chief information officer', 'chief marketing officer', 'chief of staff', 'secretary of state',
  'attorney general', 'solicitor general', 'surgeon general', 'secretary general', 'secretary-general',
  'director general', 'director-general', 'inspector general', 'postmaster general', 'governor general',
  'chief executive', 'chief justice', 'chief constable', 'general manager', 'managing director',
  'prime minister', 'press secretary', 'district attorney', 'police chief', 'fire chief', 'head coach',
  'chief economist', 'chief minister', 'first minister',
].slice().sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);

/**
 * Offices one person holds one of at a time, by family: a report calling someone the CEO
 * and another the COO of the same company contradict each other; "CEO" and "chairman" do not.
 */
export const EXCLUSIVE_ROLES: readonly (readonly string[])[] = [
  ['chief executive', 'chief operating officer', 'chief financial officer', 'chief technology officer', 'chief information officer', 'chief marketing officer'],
];

/** Words that are no part of whose a role is ("the", "of"): left out when affiliations are compared. */
export const AFFILIATION_STOP_WORDS = new Set(['the', 'of', 'and', 'for', 'at', 'a', 'an', 'in', 'on', '&']);

/**
 * Generic last words of an organisation ("agency", "department"): two affiliations sharing
 * only such a word are not the same ("Harwick Relief Agency", "Telmar Space Agency").
 */
export const GENERIC_AFFILIATION_WORDS = new Set([
  'agency', 'department', 'office', 'group', 'council', 'committee', 'company', 'ministry', 'bureau', 'service',
  'services', 'program', 'programme', 'association', 'union', 'board', 'commission', 'institute', 'foundation',
  'party', 'team', 'club', 'corporation', 'corp', 'inc', 'organization', 'organisation', 'authority', 'house',
  'state', 'national', 'international', 'new', 'center', 'centre', 'unit', 'division', 'business', 'fund',
]);

/**
 * Lower-case words before a role that name its portfolio ("transport minister", "campaign
 * manager"): compared like an affiliation. Other lower-case words before a role describe
 * the person ("legendary founding director") and are not compared.
 */
export const PORTFOLIOS = new Set([
  'foreign', 'defence', 'defense', 'finance', 'interior', 'home', 'justice', 'health', 'education',
  'transport', 'transportation', 'trade', 'energy', 'environment', 'agriculture', 'economy',
  'economic', 'labour', 'labor', 'culture', 'housing', 'treasury', 'industry', 'commerce', 'tourism',
  'security', 'intelligence', 'military', 'police', 'fire', 'press', 'campaign', 'marketing',
  'sales', 'technology', 'operations', 'communications', 'state', 'staff', 'affairs', 'budget',
  'immigration', 'science', 'sports', 'sport', 'veterans', 'development', 'planning',
]);

/**
 * Offices of state one person holds one of at a time: "Governor Ruiz" in one report and
 * "Senator Ruiz" in another contradict each other (a past office is written "former").
 */
export const PUBLIC_OFFICES: readonly string[] = [
  'president', 'prime minister', 'chancellor', 'governor', 'mayor', 'senator', 'representative', 'congressman',
];

/** Affiliation spellings folded before comparison ("U.S." = "US" = "American"). */
export const AFFILIATION_SYNONYMS: Readonly<Record<string, string>> = {
  'u.s.': 'us', 'u.s': 'us', american: 'us', america: 'us', 'united states': 'us',
  'u.k.': 'uk', british: 'uk', britain: 'uk', ukrainian: 'ukraine', russian: 'russia',
  turkish: 'turkey', türkiye: 'turkey', french: 'france', german: 'germany', chinese: 'china',
  'e.u.': 'eu', european: 'eu', israeli: 'israel', iranian: 'iran', indian: 'india',
};
