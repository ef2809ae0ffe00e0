/**
 * Data tables for the number extractor: number words, hedges, magnitudes, currencies and
 * the measure lexicon. Logic lives in scan.ts and measure.ts; these are plain data.
 */

/** Cardinal number words and their values. */
export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** Words that multiply what came before ("two hundred", "3 million"). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, lakh: 1e5, million: 1e6, crore: 1e7, billion: 1e9, trillion: 1e12,
};
/** Abbreviated magnitudes written after digits ("$137m", "2.5bn", "40k"). */
export const MAGNITUDE_SUFFIXES: Readonly<Record<string, number>> = {
  k: 1e3, hundred: 100, thousand: 1e3, lakh: 1e5, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6,
  million: 1e6, crore: 1e7, b: 1e9, bn: 1e9, bln: 1e9, billion: 1e9, tn: 1e12, tln: 1e12,
  trillion: 1e12,
};
/**
 * Magnitudes read only in this exact case: "10G" is giga where "10g" is grams, and "1MM"
 * is a million in finance where "1mm" is a millimetre.
 */
export const CASED_MAGNITUDES: Readonly<Record<string, number>> = { G: 1e9, MM: 1e6, M: 1e6, K: 1e3, B: 1e9, T: 1e12 };
/** Single-letter magnitudes that may stand apart from their digits ("2.33 k", "1,674.5 G"). */
export const SPACED_MAGNITUDES = new Set(['k', 'K', 'G', 'M']);

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14,
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90, hundredth: 100, thousandth: 1000, millionth: 1e6,
  billionth: 1e9, trillionth: 1e12,
};

/**
 * Words that name the denominator of a fraction ("two thirds", "a quarter"), with the
 * plural forms. "first" and "second" never do on their own ("one second" is time).
 */
export const DENOMINATORS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = { half: 2, halves: 2, quarter: 4, quarters: 4 };
  for (const [word, value] of Object.entries(ORDINAL_WORDS)) {
    out[`${word}s`] = value;
    if (word !== 'first' && word !== 'second') out[word] = value;
  }
  return out;
})();

/** "a dozen", "a score": counting nouns with a value. */
export const COUNT_NOUNS: Readonly<Record<string, number>> = { dozen: 12, score: 20 };
/** Counting nouns after a stated number ("3 dozen", "three dozens", "5 dz"). */
export const COUNT_NOUNS_AFTER: Readonly<Record<string, number>> = {
  dozen: 12, dozens: 12, dz: 12, dzs: 12, doz: 12, dozs: 12, score: 20,
};
/** Words that make the number after them negative. */
export const MINUS_WORDS = new Set(['minus', 'negative']);
/** Words after which "half" is a part of something, not the number 0.5 ("the second half"). */
export const NOT_HALF_BEFORE = new Set([
  'the', 'first', 'second', 'other', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'each',
]);

/**
 * Vague plurals that stand for a range of values ("dozens of people").
 * Ranges follow the usual reading: the plural of a unit means at least two of them.
 */
export const VAGUE_PLURALS: Readonly<Record<string, readonly [number, number]>> = {
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  millions: [2e6, 9.99e6],
  billions: [2e9, 9.99e9],
};

/** How a hedge turns a stated value v into an interval. */
export type HedgeShape =
  | 'min' // [v, ∞)          at least
  | 'above' // (v, ∞)        more than
  | 'max' // [0, v]          up to
  | 'below' // [0, v)        fewer than
  | 'nearly' // [0.9v, v)    nearly
  | 'about'; // [0.9v, 1.1v] about

/** Hedge phrases, longest first within each shape; matched case-insensitively before a number. */
export const HEDGES: readonly (readonly [string, HedgeShape])[] = [
  ['at least', 'min'],
  ['no fewer than', 'min'],
  ['no less than', 'min'],
  ['a minimum of', 'min'],
  ['not less than', 'min'],
  ['more than', 'above'],
  ['over', 'above'],
  ['above', 'above'],
  ['upwards of', 'above'],
  ['in excess of', 'above'],
  ['greater than', 'above'],
  ['up to', 'max'],
  ['as many as', 'max'],
  ['at most', 'max'],
  ['no more than', 'max'],
  ['a maximum of', 'max'],
  ['fewer than', 'below'],
  ['less than', 'below'],
  ['under', 'below'],
  ['below', 'below'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['just under', 'nearly'],
  ['about', 'about'],
  ['around', 'about'],
  ['roughly', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['some', 'about'],
  ['an estimated', 'about'],
  ['estimated', 'about'],
  ['circa', 'about'],
  ['~', 'about'],
  ['≈', 'about'],
];

/** Currency symbols and codes written before an amount. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  'US$': 'USD', $: 'USD', 'A$': 'AUD', 'C$': 'CAD', '€': 'EUR', '£': 'GBP', '¥': 'JPY',
  '₹': 'INR', '₴': 'UAH', '₽': 'RUB', USD: 'USD', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY',
  CHF: 'CHF', UAH: 'UAH', RUB: 'RUB', INR: 'INR',
};
/** Currency words written after an amount ("85 million euros"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', rupee: 'INR', rupees: 'INR', hryvnia: 'UAH', hryvnias: 'UAH',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', franc: 'CHF',
  francs: 'CHF', usd: 'USD', eur: 'EUR', gbp: 'GBP',
};

/** Words that make a number a percentage. */
export const PERCENT_WORDS = new Set(['%', 'percent', 'per cent', 'pct', 'percentage points']);

/** Verbs of halving: a 50% cut whatever their object. */
export const HALVING = /^(?:halve|halves|halved|halving)$/i;

/**
 * The measure lexicon: a normalised measure and the words (surface forms or lemmas) that
 * express it. Motivated by wire copy that says the same count many ways: "killed at
 * least 25", "25 deaths", "25 dead", "the death toll rose to 25", "Fatalities | 25".
 */
export const MEASURES: Readonly<Record<string, readonly string[]>> = {
  deaths: [
    'kill', 'killed', 'killing', 'dead', 'death', 'deaths', 'die', 'died', 'dying', 'fatality',
    'fatalities', 'fatal', 'toll', 'perish', 'perished', 'slain', 'slay', 'body', 'bodies',
    'lives', 'murdered', 'murder',
  ],
  injured: [
    'injure', 'injured', 'injury', 'injuries', 'injuring', 'wound', 'wounded', 'wounding',
    'wounds', 'hurt', 'hospitalised', 'hospitalized',
  ],
  casualties: ['casualty', 'casualties'],
  missing: ['missing', 'unaccounted'],
  arrested: ['arrest', 'arrested', 'arrests', 'detain', 'detained', 'detention', 'detentions'],
  displaced: ['displace', 'displaced', 'evacuate', 'evacuated', 'evacuees', 'homeless'],
  rescued: ['rescue', 'rescued'],
  cut: [
    'cut', 'cuts', 'reduction', 'reductions', 'reduce', 'reduced', 'reducing', 'decrease',
    'decreased', 'slash', 'slashed', 'halve', 'halved', 'halving', 'lower', 'lowered',
    'fall', 'fell', 'drop', 'dropped', 'decline', 'declined', 'shrink', 'shrank',
  ],
  increase: [
    'increase', 'increased', 'rise', 'rose', 'raise', 'raised', 'grow', 'grew', 'growth',
    'hike', 'climb', 'climbed', 'jump', 'jumped', 'surge', 'surged',
  ],
  age: ['aged', 'age', 'year-old', 'years-old'],
};

/** Nouns for people: the count is of these, what happened to them is said by a verb. */
export const PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'individual', 'individuals', 'civilian', 'civilians', 'child',
  'children', 'kid', 'kids', 'adult', 'adults', 'man', 'men', 'woman', 'women', 'resident',
  'residents', 'soldier', 'soldiers', 'troops', 'officer', 'officers', 'police', 'policemen',
  'passenger', 'passengers', 'worker', 'workers', 'student', 'students', 'migrant', 'migrants',
  'refugee', 'refugees', 'crew', 'member', 'members', 'victim', 'victims', 'miner', 'miners',
  'firefighter', 'firefighters', 'patient', 'patients', 'tourist', 'tourists', 'fighter',
  'fighters', 'protester', 'protesters', 'protestors', 'journalist', 'journalists', 'teenager',
  'teenagers', 'infant', 'infants', 'baby', 'babies', 'boy', 'boys', 'girl', 'girls',
  'pupil', 'pupils', 'staff', 'employee', 'employees', 'citizen', 'citizens', 'national',
  'nationals', 'others', 'hostage', 'hostages', 'prisoner', 'prisoners', 'suspect',
  'suspects', 'militant', 'militants', 'survivor', 'survivors', 'villager', 'villagers',
  'elderly', 'pensioner', 'pensioners', 'rescuer', 'rescuers', 'medic', 'medics',
]);

/** Person nouns that say nothing about which group is counted: no subgroup. */
export const GENERIC_PERSON_NOUNS = new Set([
  'people', 'person', 'persons', 'individual', 'individuals', 'others', 'victim', 'victims',
]);

/** Words that open a breakdown of the number before them ("including 15 children"). */
export const BREAKDOWN_OPENERS: readonly string[] = [
  'including', 'among them', 'among whom', 'of whom', 'of them', 'of which', 'among those',
  'among the dead', 'among the injured', 'among the victims', 'incl.', 'comprising',
];

/** Irregular plurals, for displaying a subgroup lemma. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  child: 'children', person: 'people', man: 'men', woman: 'women', policeman: 'policemen',
  baby: 'babies', staff: 'staff', police: 'police', crew: 'crew', elderly: 'elderly',
  troops: 'troops', people: 'people', others: 'others',
};

/** Month names and abbreviations: numbers beside them are dates. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
]);

/** Words after a number that make it a time of day. */
export const TIME_WORDS = new Set(['a.m.', 'p.m.', 'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'et']);
