/**
 * The library's arguments, checked where they come in (`check`, `extractReport`, `render`):
 * JavaScript callers get a FactdiffError naming the argument and what it takes, not a
 * TypeError from deep in the pipeline or a silently wrong result (`{only: 'numbers'}` used
 * to compare nothing; a NaN tolerance made every figure agree).
 */
import { FactdiffError } from './errors.js';
import { CLAIM_KINDS, type CheckOptions, type ReportInput } from './types.js';

/** A short, safe description of what was given, for messages. */
function shown(value: unknown): string {
  if (value === null) return 'null';
  // A short list is shown as given: `["numbers"]` says what is wrong with it, "a list" did not.
  if (Array.isArray(value)) {
    const json = value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)) ? JSON.stringify(value) : '';
    return json !== '' && json.length <= 60 ? json : `a list of ${value.length}`;
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return String(value);
  return typeof value === 'object' ? 'an object' : typeof value;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the reports handed to `fn`. */
export function validateInputs(inputs: unknown, fn: string): asserts inputs is readonly ReportInput[] {
  if (!Array.isArray(inputs)) throw new FactdiffError(`${fn}: reports must be a list of {path, text}; got ${shown(inputs)}`);
  inputs.forEach((input: unknown, i) => validateInput(input, `${fn}: report ${i + 1}`));
}

/** Checks one report (`where` names it in messages). */
export function validateInput(input: unknown, where: string): asserts input is ReportInput {
  if (!isRecord(input)) throw new FactdiffError(`${where} must be an object {path, text}; got ${shown(input)}`);
  if (typeof input.path !== 'string') throw new FactdiffError(`${where}: path must be a string; got ${shown(input.path)}`);
  if (typeof input.text !== 'string') throw new FactdiffError(`${where}: text must be a string; got ${shown(input.text)}`);
  if (input.bytes !== undefined && !(Number.isSafeInteger(input.bytes) && (input.bytes as number) >= 0)) {
    throw new FactdiffError(`${where}: bytes must be a whole number of bytes; got ${shown(input.bytes)}`);
  }
}

const OPTION_KEYS = ['only', 'reference', 'measures', 'aliases', 'ignoreTitles', 'tolerance'];

/** Checks the options handed to `fn`. */
export function validateOptions(options: unknown, fn: string): asserts options is CheckOptions {
  if (options === undefined) return;
  if (!isRecord(options)) throw new FactdiffError(`${fn}: options must be an object; got ${shown(options)}`);
  const bad = (key: string, what: string): never => {
    throw new FactdiffError(`${fn}: options.${key} ${what}; got ${shown(options[key])}`);
  };
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) throw new FactdiffError(`${fn}: options.${key} is not an option; known options: ${OPTION_KEYS.join(', ')}`);
  }
  const { only, reference, measures, aliases, ignoreTitles, tolerance } = options;
  const kinds = CLAIM_KINDS.map((k) => `'${k}'`).join(', ');
  if (only !== undefined && (!Array.isArray(only) || only.length === 0 || !only.every((k) => (CLAIM_KINDS as readonly unknown[]).includes(k)))) {
    bad('only', `must be a non-empty list of kinds (${kinds})`);
  }
  if (reference !== undefined && typeof reference !== 'boolean') bad('reference', 'must be true or false');
  if (measures !== undefined && (!isRecord(measures) || !Object.values(measures).every((v) => Array.isArray(v) && v.every((w) => typeof w === 'string')))) {
    bad('measures', 'must map a measure to a list of words');
  }
  if (aliases !== undefined && (!isRecord(aliases) || !Object.values(aliases).every((v) => typeof v === 'string'))) {
    bad('aliases', 'must map a spelling to a name');
  }
  if (ignoreTitles !== undefined && (!Array.isArray(ignoreTitles) || !ignoreTitles.every((t) => typeof t === 'string'))) {
    bad('ignoreTitles', 'must be a list of titles');
  }
  if (tolerance !== undefined && !(typeof tolerance === 'number' && tolerance >= 0 && tolerance < 1)) {
    bad('tolerance', 'must be a number from 0 to below 1 (0.01 = 1%)');
  }
}
