/**
 * Which findings fail a run (`--fail-on`), apart from the judge itself so that the
 * command line can list and check the policies without loading the core.
 */
import type { CheckResult, Finding, Verdict } from '../types.js';

/** Which findings fail a run: `--fail-on`. */
export type FailOn = 'conflict' | 'reworded' | 'unsupported' | 'any' | 'never';

/** The verdicts that fail a run under each policy. */
export const FAILING: Readonly<Record<FailOn, readonly Verdict[]>> = {
  conflict: ['conflict', 'misattributed'],
  unsupported: ['conflict', 'misattributed', 'unsupported'],
  reworded: ['conflict', 'misattributed', 'unsupported', 'reworded'],
  any: ['conflict', 'misattributed', 'unsupported', 'reworded', 'compatible'],
  never: [],
};

/**
 * True when a result holds a finding that fails the run under `policy` (default:
 * conflicts); findings in `known` (accepted in a baseline) never do.
 */
export function hasConflict(result: CheckResult, policy: FailOn = 'conflict', known?: ReadonlySet<Finding>): boolean {
  if (known === undefined || known.size === 0) return FAILING[policy].some((v) => result.summary[v] > 0);
  return result.findings.some((f) => FAILING[policy].includes(f.verdict) && !known.has(f));
}
