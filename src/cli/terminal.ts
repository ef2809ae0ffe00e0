/**
 * Whether to colour output: --color always|never win; with auto, NO_COLOR (any
 * non-empty value) turns colour off, FORCE_COLOR (other than "0") turns it on, and
 * otherwise colour follows whether stdout is a terminal that is not "dumb".
 */
export type ColorMode = 'auto' | 'always' | 'never';

export function useColor(mode: ColorMode, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (mode === 'always') return true;
  if (mode === 'never') return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY && env.TERM !== 'dumb';
}
