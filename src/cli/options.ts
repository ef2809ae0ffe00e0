/**
 * Flag values → typed options. Parsing of values lives here, apart from commander's
 * wiring, so each rule is a small testable function that throws a FactdiffError saying
 * what is accepted.
 */
import type { ClaimKind } from '../types.js';
import { FactdiffError } from '../errors.js';
import { FORMATS, type FormatName } from '../render/formats.js';
import { ENCODINGS, INPUT_FORMATS, type EncodingName, type InputFormat } from '../read/index.js';
import type { ColorMode } from './terminal.js';
import { FAILING, type FailOn } from '../judge/policy.js';

export function parseFailOnValue(value: string): FailOn {
  if (value in FAILING) return value as FailOn;
  throw new FactdiffError(`--fail-on: unknown value '${value}'; use ${Object.keys(FAILING).join(', ')}`);
}

const KIND_NAMES: Readonly<Record<string, ClaimKind>> = {
  number: 'number', numbers: 'number', person: 'person', people: 'person', persons: 'person', quote: 'quote', quotes: 'quote',
};

/** `--only numbers,people` → ['number', 'person']. */
export function parseOnly(value: string): ClaimKind[] {
  const kinds = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const out: ClaimKind[] = [];
  for (const k of kinds) {
    const kind = KIND_NAMES[k];
    if (!kind) throw new FactdiffError(`--only: unknown kind '${k}'; use numbers, people, quotes (comma-separated)`);
    if (!out.includes(kind)) out.push(kind);
  }
  if (out.length === 0) throw new FactdiffError('--only: give at least one of numbers, people, quotes');
  return out;
}

export function parseFormat(value: string): FormatName {
  if (value in FORMATS) return value as FormatName;
  throw new FactdiffError(`--format: unknown format '${value}'; use ${Object.keys(FORMATS).join(', ')}`);
}

export function parseColor(value: string): ColorMode {
  if (value === 'auto' || value === 'always' || value === 'never') return value;
  throw new FactdiffError(`--color: unknown value '${value}'; use auto, always or never`);
}

const INPUT_FORMAT_NAMES: Readonly<Record<string, InputFormat>> = { md: 'markdown', htm: 'html', txt: 'text', plain: 'text' };

/** `--input-format md` → 'markdown'. */
export function parseInputFormat(value: string): InputFormat {
  const v = INPUT_FORMAT_NAMES[value.toLowerCase()] ?? value.toLowerCase();
  if ((INPUT_FORMATS as readonly string[]).includes(v)) return v as InputFormat;
  throw new FactdiffError(`--input-format: unknown format '${value}'; use ${INPUT_FORMATS.join(', ')}`);
}

export function parseEncoding(value: string): EncodingName {
  const v = value.toLowerCase().replace(/^utf8$/, 'utf-8').replace(/^cp1252$/, 'windows-1252').replace(/^latin-?1$|^iso-8859-1$/, 'latin1');
  if ((ENCODINGS as readonly string[]).includes(v)) return v as EncodingName;
  throw new FactdiffError(`--encoding: unknown encoding '${value}'; use ${ENCODINGS.join(', ')}`);
}

/**
 * The largest --max-size, in MB: a report is decoded into one string, and V8's strings hold
 * at most 2^29 - 24 code units (about 512 MB of text).
 */
export const MAX_SIZE_MB = 500;

/** `--max-size 50` (MB) → bytes: at least one byte, at most MAX_SIZE_MB. */
export function parseMaxSize(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0) throw new FactdiffError(`--max-size: '${value}' is not a positive number of megabytes`);
  if (n > MAX_SIZE_MB) throw new FactdiffError(`--max-size: '${value}' is more than ${MAX_SIZE_MB} (MB), the most a report can be read into`);
  const bytes = Math.floor(n * 1024 * 1024);
  // 0.0000001 MB would be a limit of 0 bytes, which refuses every report.
  if (bytes < 1) throw new FactdiffError(`--max-size: '${value}' MB is less than one byte`);
  return bytes;
}

/** `--jobs 4` → 4 worker threads. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new FactdiffError(`--jobs: '${value}' is not a positive whole number of workers`);
  return n;
}

/**
 * `-j=2` → `-j 2`, for the short options that take a value (`shortWithValue`): commander
 * reads `-j=2` as the value "=2", as getopt does, which users of `--jobs=2` do not expect.
 * Arguments after `--` are left alone.
 */
export function splitShortEquals(argv: readonly string[], shortWithValue: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') {
      out.push(...argv.slice(i));
      break;
    }
    const m = /^(-[A-Za-z])=(.*)$/s.exec(a);
    if (m && shortWithValue.has(m[1]!)) out.push(m[1]!, m[2]!);
    else out.push(a);
  }
  return out;
}
