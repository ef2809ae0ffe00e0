/**
 * The vocabulary of factdiff. Every stage speaks in these types; read this file first.
 *
 * Domain words, used consistently: a **report** is one input text; a **segment** is a
 * sentence, heading, list item or table row of a report; a **claim** is one number,
 * person mention or quote found in a segment; an **alignment** groups the claims that
 * talk about the same thing across reports; a **finding** is an alignment with a
 * **verdict**.
 *
 * All types are readonly and JSON-serialisable. Positions are UTF-16 offsets into the
 * report's text; line and column are derived only when rendering.
 */

/** A half-open range `[start, end)` of UTF-16 code units in a report's text. */
export interface Span {
  /** First code unit. */
  readonly start: number;
  /** One past the last code unit. */
  readonly end: number;
}

/**
 * Where a report's text came from when it was read out of markup (HTML, Markdown): the
 * file's own text, and which part of it each piece of the report's text stands for, so
 * that line and column point into the file as given.
 */
export interface ReportOrigin {
  /** What the text was read out of. */
  readonly format: 'html' | 'markdown';
  /** The file's text as given (decoded): line and column count in it. */
  readonly text: string;
  /**
   * The report's text in pieces, as flat triples `textStart, sourceStart, sourceEnd`,
   * ordered and covering the whole text: the piece from `textStart` up to the next one
   * stands for `[sourceStart, sourceEnd)` of the file. A piece as long as its source
   * maps offset for offset (the source copied, or a one-character stand-in for one
   * character); any other (a decoded entity, a line break for a tag) maps as a whole.
   */
  readonly pieces: readonly number[];
}

/** One input text, as handed to `check()`. */
export interface ReportInput {
  /** Path as the user gave it (or a label such as `<stdin>`); printed in output. */
  readonly path: string;
  /** The decoded text. */
  readonly text: string;
  /** Size of the raw input in bytes (defaults to the UTF-8 length of `text`). */
  readonly bytes?: number;
  /** When `text` was read out of markup: the file as given (positions point into it). */
  readonly origin?: ReportOrigin;
}

/** A report inside the pipeline. */
export interface Report {
  /** Stable identifier: `r1`, `r2`, … in the order given. */
  readonly id: string;
  /** Path as the user gave it. */
  readonly path: string;
  /** The decoded text; every offset points into it. */
  readonly text: string;
  /** Size of the raw input in bytes. */
  readonly bytes: number;
  /** When `text` was read out of markup: the file as given (positions point into it). */
  readonly origin?: ReportOrigin;
}

/** What kind of text a segment is; table rows and headings are read differently. */
export type SegmentKind = 'sentence' | 'heading' | 'list-item' | 'table-row';

/** A sentence-sized piece of a report. */
export interface Segment {
  /** What kind of segment this is. */
  readonly kind: SegmentKind;
  /** Where it lies in the report (trimmed of surrounding whitespace and list markers). */
  readonly span: Span;
  /** Index of the paragraph (block of text) it belongs to; quotes may span paragraphs. */
  readonly paragraph: number;
  /** For table rows: the cells, in order. Empty for other kinds. */
  readonly cells: readonly Span[];
  /** For table rows: the text of the header cell of each column, when the table has one. */
  readonly header: readonly string[];
}

/** The unit a number is expressed in; part of the key that aligns numbers. */
export type NumberUnit =
  | 'count'
  | 'percent'
  | 'ordinal'
  | `currency:${string}`;

/** A number with what it counts: "killed at least 25 people" → deaths ≥ 25. */
export interface NumberClaim {
  readonly kind: 'number';
  /** The number as written, including its hedge ("at least 25"). */
  readonly span: Span;
  /** The segment the number lies in. */
  readonly sentence: Span;
  /** What the number counts, normalised through the measure lexicon ("deaths", "point"). */
  readonly measure: string;
  /** For a breakdown ("including 15 children"): who the subgroup is; otherwise null. */
  readonly subgroup: string | null;
  /** Unit of the value. */
  readonly unit: NumberUnit;
  /** The point value when one was stated (null for a pure range such as "8 to 10"). */
  readonly value: number | null;
  /** Lowest value the wording allows (null: unbounded). */
  readonly low: number | null;
  /** Highest value the wording allows (null: unbounded). */
  readonly high: number | null;
  /** True when `low` itself is excluded ("more than 25"). */
  readonly lowOpen: boolean;
  /** True when `high` itself is excluded ("fewer than 25", "nearly 25"). */
  readonly highOpen: boolean;
  /** The hedge as written, normalised to lower case ("at least"), or null. */
  readonly hedge: string | null;
}

/** A mention of a named person, with the title written around it. */
export interface PersonClaim {
  readonly kind: 'person';
  /** The name as written ("Anna Kovacs", "Kovacs"). */
  readonly span: Span;
  /** The segment the mention lies in. */
  readonly sentence: Span;
  /** The name as written, whitespace collapsed. */
  readonly name: string;
  /** The title as written ("former White House envoy"), or null when none is attached. */
  readonly title: string | null;
  /** Where the title lies, when there is one. */
  readonly titleSpan: Span | null;
}

/** A quoted statement with its speaker. */
export interface QuoteClaim {
  readonly kind: 'quote';
  /** The words inside the quote marks (across paragraphs for a continued quote). */
  readonly span: Span;
  /** The segment where the quote starts. */
  readonly sentence: Span;
  /** The quoted words, with paragraph breaks and continuation marks removed. */
  readonly words: string;
  /**
   * Who said it, or null when no attribution was found: a person's name as the report
   * writes it (a "he said" or "the sheriff said" resolved to the person named earlier), an
   * organisation as written ("Harwick Water", "the ministry"), or an unnamed source as the text
   * calls them ("a police spokeswoman").
   */
  readonly speaker: string | null;
  /** What the speaker is: a named person, an organisation, an unnamed source; null with no speaker. */
  readonly speakerKind: SpeakerKind | null;
  /**
   * How the speaker was found, or null: named in the attribution ("said-after",
   * "said-before", "according-to", "colon", "speaker-line", "subject"), or inferred
   * ("pronoun", "role", "continuation", "reported-before": the sentence of reported speech
   * just before the quote).
   */
  readonly attribution: string | null;
}

/** What kind of speaker a quote has. */
export type SpeakerKind = 'person' | 'organisation' | 'unnamed';

/** Anything extracted from a report. */
export type Claim = NumberClaim | PersonClaim | QuoteClaim;

/** The kinds of claim, as named on the command line (`--only`). */
export type ClaimKind = Claim['kind'];

/** Claims of one report. */
export interface ReportClaims {
  /** The report they come from. */
  readonly report: Report;
  /** Claims, ordered by position. */
  readonly claims: readonly Claim[];
}

/** What one report says about an alignment's subject. */
export interface AlignedSide {
  /** Index of the report (0 for the first report given). */
  readonly report: number;
  /** Its claims about the subject (several when the report repeats itself); never empty. */
  readonly claims: readonly Claim[];
  /** For people and quotes: the person or speaker this report names, or null. */
  readonly identity: string | null;
}

/** Claims about one subject, side by side: what align hands to judge. */
export interface Alignment {
  /** What kind of claims are aligned. */
  readonly kind: ClaimKind;
  /** What they are about, for display ("deaths", "injured / children", "Anna Kovacs"). */
  readonly subject: string;
  /**
   * The reports that speak to the subject, in report order; a report that says nothing
   * about it has no side (so a large story's alignments cost what their claims do).
   */
  readonly sides: readonly AlignedSide[];
  /** For people: true when the sides spell the name differently. */
  readonly spellingDiffers: boolean;
}

/** The judgement on one alignment. */
export type Verdict =
  | 'agree'
  | 'compatible'
  | 'conflict'
  | 'reworded'
  | 'misattributed'
  | 'unsupported'
  | 'only-one';

/** All verdicts, in the order summaries list them. */
export const VERDICTS: readonly Verdict[] = [
  'agree',
  'compatible',
  'conflict',
  'reworded',
  'misattributed',
  'unsupported',
  'only-one',
];

/** One report's side of a finding. */
export interface FindingClaim {
  /** The report's id. */
  readonly report: string;
  /** The claim as written in the report. */
  readonly text: string;
  /** Numeric value (numbers only; null otherwise or for a pure range). */
  readonly value: number | null;
  /** Lowest allowed value (numbers only). */
  readonly low: number | null;
  /** Highest allowed value (numbers only). */
  readonly high: number | null;
  /** Where the claim lies. */
  readonly span: Span;
  /** The segment it lies in. */
  readonly sentence: Span;
  /** Extra detail for this side: a person's title or a quote's speaker; null when none. */
  readonly detail: string | null;
}

/** A piece of a word-level diff. */
export interface DiffPart {
  /** `same` in both, `removed` only in the first, `added` only in the second. */
  readonly op: 'same' | 'removed' | 'added';
  /** The words. */
  readonly text: string;
}

/** A judged alignment: what the reports say about one subject, and whether they agree. */
export interface Finding {
  /** What kind of claim is compared. */
  readonly kind: ClaimKind;
  /** The verdict. */
  readonly verdict: Verdict;
  /** What is compared: a measure ("deaths", "injured / children"), a person, a speaker. */
  readonly subject: string;
  /** One entry per report that has the claim, in report order. */
  readonly claims: readonly FindingClaim[];
  /** Why, in words. */
  readonly note: string;
  /** Ids of the reports outside the largest agreeing group (conflicts among 3+ reports). */
  readonly minority: readonly string[];
  /** Word diff between the first two differing sides (reworded quotes, differing titles). */
  readonly diff: readonly DiffPart[] | null;
}

/** Options of `check()`. */
export interface CheckOptions {
  /** Which kinds of claims to compare (default: all). */
  readonly only?: readonly ClaimKind[];
  /**
   * Reference mode: the first report is the source of truth. Findings are stated from the
   * other report's side (its claim first); a quote only the other report has is
   * `unsupported`; claims only in the reference stay `only-one`.
   */
  readonly reference?: boolean;
  /** Extra measure synonyms: measure → counted nouns that mean it ({"deaths": ["casualty"]}). */
  readonly measures?: Readonly<Record<string, readonly string[]>>;
  /** Person aliases: a spelling → the name it stands for ({"Zelensky": "Zelenskyy"}). */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Titles to ignore when comparing people (case-insensitive, as written). */
  readonly ignoreTitles?: readonly string[];
  /** Relative tolerance for numbers: values within it agree (0.01 = 1%). */
  readonly tolerance?: number;
}

/** Everything `check()` found. */
export interface CheckResult {
  /** The reports, in the order given. */
  readonly reports: readonly Report[];
  /** The findings, sorted: by kind, then by first report and position. */
  readonly findings: readonly Finding[];
  /** Count of findings per verdict. */
  readonly summary: Readonly<Record<Verdict, number>>;
}

/** The kinds in output order. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['number', 'person', 'quote'];
