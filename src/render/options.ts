/** Options every renderer receives. Colour arrives here, never from global state. */
export interface RenderOptions {
  /** Use ANSI colour (text format only). */
  readonly color: boolean;
  /** Show only conflicts (and misattributions): no agreements, no only-one section. */
  readonly conflictsOnly: boolean;
}
