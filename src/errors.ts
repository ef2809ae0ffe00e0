/**
 * Trouble: the one exception type factdiff throws on purpose. The CLI maps it to a
 * one-line message and exit status 2; anything else is a bug and is reported as one.
 */
export class FactdiffError extends Error {
  override readonly name = 'FactdiffError';
}
