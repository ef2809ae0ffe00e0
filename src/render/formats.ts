/**
 * The output formats by name, with the line --help gives each. The renderers themselves
 * are in ./index.ts (which must have one for each name here); this list is apart so that
 * the command line can show and check --format without loading them.
 */
export const FORMATS = {
  text: 'readable report for a terminal (default)',
  json: 'one JSON document, schemaVersion 1',
  jsonl: 'JSON Lines: report, finding and summary records',
  markdown: 'tables and word diffs for a pull-request comment',
  sarif: 'SARIF 2.1.0 for code scanning',
  github: 'GitHub Actions annotations',
  html: 'one self-contained page: the reports side by side, claims highlighted',
} as const;

/** Names accepted by --format. */
export type FormatName = keyof typeof FORMATS;

/** The formats `extract` prints: SARIF and GitHub annotations report comparisons only. */
export const EXTRACT_FORMATS: readonly FormatName[] = ['text', 'json', 'jsonl', 'markdown', 'html'];

/** The error for a format `extract` does not print. */
export function notForExtract(format: string): string {
  return `--format ${format}: extract prints ${EXTRACT_FORMATS.slice(0, -1).join(', ')} or ${EXTRACT_FORMATS.at(-1)}; ${format} reports comparisons`;
}
