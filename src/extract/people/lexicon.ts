/**
 * Data tables for people and titles: the role nouns journalists put around a name, the
 * qualifiers that change a title's meaning ("former", "acting"), and role synonyms.
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
]);

/** Lower-case particles inside surnames: "de Wit", "von der Leyen", "bin Salman", "da Silva". */
export const NAME_PARTICLES = new Set([
  'de', 'del', 'della', 'der', 'den', 'van', 'von', 'da', 'das', 'dos', 'di', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'ben', 'abu',
]);

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
  czar: 'tsar', premier: 'prime minister', prof: 'professor',
};

/** Affiliation spellings folded before comparison ("U.S." = "US" = "American"). */
export const AFFILIATION_SYNONYMS: Readonly<Record<string, string>> = {
  'u.s.': 'us', 'u.s': 'us', american: 'us', america: 'us', 'united states': 'us',
  'u.k.': 'uk', british: 'uk', britain: 'uk', ukrainian: 'ukraine', russian: 'russia',
  turkish: 'turkey', türkiye: 'turkey', french: 'france', german: 'germany', chinese: 'china',
  'e.u.': 'eu', european: 'eu', israeli: 'israel', iranian: 'iran', indian: 'india',
};

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
]);
