/**
 * factdiff.config.json: found from the working directory upward, or given with
 * --config; --no-config ignores it. Every key is validated with a message naming it.
 * Flags given on the command line override the file.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FactdiffError } from '../errors.js';
import { readFileBounded } from '../read/index.js';
import type { ClaimKind } from '../types.js';
import { parseFailOnValue, parseFormat, parseOnly } from './options.js';
import type { FormatName } from '../render/formats.js';
import type { FailOn } from '../judge/policy.js';

export const CONFIG_NAME = 'factdiff.config.json';

/** The settings a config file may hold. */
export interface Config {
  /** Extra measure synonyms: measure → counted nouns. */
  readonly measures?: Readonly<Record<string, readonly string[]>>;
  /** Person aliases: spelling → name. */
  readonly aliases?: Readonly<Record<string, string>>;
  /** Titles to ignore when comparing people. */
  readonly ignoreTitles?: readonly string[];
  /** Relative number tolerance, 0 ≤ t < 1. */
  readonly tolerance?: number;
  /** Kinds to check. */
  readonly kinds?: readonly ClaimKind[];
  /** Default output format. */
  readonly format?: FormatName;
  /** Default exit policy. */
  readonly failOn?: FailOn;
}

const KEYS = ['measures', 'aliases', 'ignoreTitles', 'tolerance', 'kinds', 'format', 'failOn'];

/** Finds the config file for `cwd`, or null. */
export function findConfig(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads (up to `maxBytes`, the --max-size of reports) and validates a config file. */
export function loadConfig(path: string, maxBytes: number): Config {
  return validateConfig(readJsonFile(path, maxBytes), path);
}

/**
 * Reads a JSON file (a settings file or a batch manifest) of at most `maxBytes`; a UTF-8
 * BOM, which Windows editors write, is skipped as it is in reports.
 */
export function readJsonFile(path: string, maxBytes: number): unknown {
  const text = readFileBounded(path, maxBytes).bytes.toString('utf8');
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new FactdiffError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Checks every key of a parsed config; throws naming the first bad key. */
export function validateConfig(raw: unknown, path: string): Config {
  const bad = (key: string, what: string): never => {
    throw new FactdiffError(`${path}: "${key}" ${what}`);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new FactdiffError(`${path}: expected a JSON object`);
  const o = raw as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KEYS.includes(key)) bad(key, `is not a setting; known settings: ${KEYS.join(', ')}`);
  const config: { -readonly [K in keyof Config]: Config[K] } = {};
  if (o.measures !== undefined) {
    if (typeof o.measures !== 'object' || o.measures === null || Array.isArray(o.measures)) bad('measures', 'must map a measure to a list of words');
    for (const [k, v] of Object.entries(o.measures as object)) {
      if (!Array.isArray(v) || !v.every((w) => typeof w === 'string')) bad(`measures.${k}`, 'must be a list of words');
    }
    config.measures = o.measures as Config['measures'];
  }
  if (o.aliases !== undefined) {
    if (typeof o.aliases !== 'object' || o.aliases === null || Array.isArray(o.aliases) || !Object.values(o.aliases).every((v) => typeof v === 'string')) {
      bad('aliases', 'must map a spelling to a name, e.g. {"Zelensky": "Zelenskyy"}');
    }
    config.aliases = o.aliases as Config['aliases'];
  }
  if (o.ignoreTitles !== undefined) {
    if (!Array.isArray(o.ignoreTitles) || !o.ignoreTitles.every((t) => typeof t === 'string')) bad('ignoreTitles', 'must be a list of titles');
    config.ignoreTitles = o.ignoreTitles as string[];
  }
  if (o.tolerance !== undefined) {
    if (typeof o.tolerance !== 'number' || !(o.tolerance >= 0 && o.tolerance < 1)) bad('tolerance', 'must be a number from 0 to below 1 (0.01 = 1%)');
    config.tolerance = o.tolerance as number;
  }
  const wrap = <T>(key: string, f: () => T): T => {
    try {
      return f();
    } catch (error) {
      return bad(key, (error as Error).message.replace(/^--[\w-]+: /, ''));
    }
  };
  if (o.kinds !== undefined) {
    if (!Array.isArray(o.kinds) || !o.kinds.every((k) => typeof k === 'string')) bad('kinds', 'must be a list: numbers, people, quotes');
    config.kinds = wrap('kinds', () => parseOnly((o.kinds as string[]).join(',')));
  }
  if (o.format !== undefined) config.format = wrap('format', () => parseFormat(String(o.format)));
  if (o.failOn !== undefined) config.failOn = wrap('failOn', () => parseFailOnValue(String(o.failOn)));
  return config;
}
