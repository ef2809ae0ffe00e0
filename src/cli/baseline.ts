/**
 * `--baseline FILE` and `--write-baseline FILE`: the baseline file on disk. It is JSON,
 * `{"factdiffBaseline": 1, "findings": [...]}`, one entry per accepted finding with its
 * fingerprint (src/baseline) and, for the people reviewing the file, what the finding
 * says; entries are sorted, so a baseline recorded again diffs cleanly. Only the
 * fingerprints are read back.
 */
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BASELINE_VERSION, baselineEntries, knownFindings, recordable, type BaselineEntry } from '../baseline/index.js';
import { FactdiffError } from '../errors.js';
import type { CheckResult, Finding } from '../types.js';
import { cannotWrite, openOutput } from './output.js';
import { readJsonFile } from './config.js';

/** The baseline of one run: what it reads, and what it records. */
export interface Baseline {
  /**
   * The findings of `result` to mark as known, or undefined when no baseline is in use.
   * When recording, every finding a baseline keeps is known (it is being accepted).
   */
  known(result: CheckResult, story?: string): ReadonlySet<Finding> | undefined;
  /** Writes the file --write-baseline names, if any; returns how many findings it records. */
  save(): Promise<number | null>;
}

/**
 * Reads `read` (--baseline, up to `maxBytes` as every input) now, and checks that `write`
 * (--write-baseline) can be written, so that a bad file stops the run before any work or
 * output. `-` is neither: standard input and output carry reports.
 */
export async function openBaseline(read: string | undefined, write: string | undefined, maxBytes: number): Promise<Baseline> {
  if (read === '-') throw new FactdiffError('--baseline -: give a file; standard input is for a report');
  if (write === '-') throw new FactdiffError('--write-baseline -: give a file name; standard output carries the report');
  const accepted = read === undefined ? null : readBaseline(read, maxBytes);
  if (write !== undefined) {
    try {
      await access(dirname(write), constants.W_OK);
    } catch (error) {
      throw cannotWrite('--write-baseline', write, error);
    }
  }
  const recorded: BaselineEntry[] = [];
  return {
    known(result, story) {
      if (write !== undefined) {
        recorded.push(...baselineEntries(result, story));
        return new Set(result.findings.filter(recordable));
      }
      return accepted === null ? undefined : knownFindings(result, accepted);
    },
    async save() {
      if (write === undefined) return null;
      const entries = sortEntries(recorded);
      const sink = await openOutput(write, null, '--write-baseline');
      await sink.write(`${JSON.stringify({ factdiffBaseline: BASELINE_VERSION, findings: entries }, null, 2)}\n`);
      await sink.commit();
      return entries.length;
    },
  };
}

/** The fingerprints a baseline file accepts; read as the settings file is (readJsonFile). */
function readBaseline(path: string, maxBytes: number): ReadonlySet<string> {
  const fail = (why: string): never => {
    throw new FactdiffError(`--baseline ${path}: ${why}`);
  };
  let doc: unknown;
  try {
    doc = readJsonFile(path, maxBytes);
  } catch (error) {
    // Its messages start with the path; say which flag named it.
    throw error instanceof FactdiffError ? new FactdiffError(`--baseline ${error.message}`) : error;
  }
  const o = doc as { factdiffBaseline?: unknown; findings?: unknown } | null;
  if (typeof o !== 'object' || o === null || !('factdiffBaseline' in o)) fail('not a factdiff baseline (record one with --write-baseline)');
  if (o!.factdiffBaseline !== BASELINE_VERSION) {
    fail(`baseline version ${JSON.stringify(o!.factdiffBaseline)}, this factdiff reads version ${BASELINE_VERSION}; record it again with --write-baseline`);
  }
  const findings = o!.findings;
  if (!Array.isArray(findings) || !findings.every((e) => typeof e === 'object' && e !== null && typeof (e as { fingerprint?: unknown }).fingerprint === 'string')) {
    fail('"findings" must be a list of {"fingerprint": "…"} entries');
  }
  return new Set((findings as { fingerprint: string }[]).map((e) => e.fingerprint));
}

/** Entries in a fixed order (story, kind, subject, fingerprint), each once. */
function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const key = (e: BaselineEntry): string => [e.story ?? '', e.kind, e.subject, e.fingerprint].join('\u0000');
  const unique = new Map(entries.map((e) => [key(e), e]));
  return [...unique.keys()].sort().map((k) => unique.get(k)!);
}
