import type { Finding } from '../types.js';

/** Options every renderer receives. Colour and width arrive here, never from global state. */
export interface RenderOptions {
  /** Use ANSI colour (text format only). */
  readonly color: boolean;
  /** Show only conflicts (and misattributions): no agreements, no only-one section. */
  readonly conflictsOnly: boolean;
  /** Text format: list each claim only one report makes, not just their count. */
  readonly all?: boolean;
  /** Text format: fit every line to this many columns; undefined leaves lines unwrapped. */
  readonly width?: number;
  /**
   * Findings accepted in a baseline, marked as known (SARIF's baselineState "unchanged");
   * undefined when no baseline is in use, and the output carries no baseline marks.
   */
  readonly known?: ReadonlySet<Finding>;
}
