/**
 * Render stage: CheckResult → string. One file per format; this registry is the only
 * list of them, so a new format is one file and one line here.
 */
import type { CheckResult, ReportClaims } from '../types.js';
import { renderExtractJson, renderJson } from './json.js';
import { renderExtractText, renderText } from './text.js';
import { renderExtractJsonl, renderJsonl } from './jsonl.js';
import { renderExtractMarkdown, renderMarkdown } from './markdown.js';
import { renderExtractSarif, renderSarif } from './sarif.js';
import { renderExtractGithub, renderGithub } from './github.js';
import type { RenderOptions } from './options.js';

export type { RenderOptions } from './options.js';
export { safe } from './escape.js';
export { locator } from './positions.js';

/** A format: how to print a check result and how to print one report's claims. */
export interface Renderer {
  /** One-line description for --help. */
  readonly description: string;
  readonly check: (result: CheckResult, options: RenderOptions) => string;
  readonly extract: (claims: ReportClaims, options: RenderOptions) => string;
}

/** Every output format by name. */
export const renderers = {
  text: { description: 'readable report for a terminal (default)', check: renderText, extract: renderExtractText },
  json: { description: 'one JSON document, schemaVersion 1', check: renderJson, extract: renderExtractJson },
  jsonl: { description: 'JSON Lines: report, finding and summary records', check: renderJsonl, extract: renderExtractJsonl },
  markdown: { description: 'tables and word diffs for a pull-request comment', check: renderMarkdown, extract: renderExtractMarkdown },
  sarif: { description: 'SARIF 2.1.0 for code scanning', check: renderSarif, extract: renderExtractSarif },
  github: { description: 'GitHub Actions annotations', check: renderGithub, extract: renderExtractGithub },
} as const satisfies Record<string, Renderer>;

/** Names accepted by --format. */
export type FormatName = keyof typeof renderers;

/** Renders a check result in the named format. */
export function render(result: CheckResult, format: FormatName, options: RenderOptions): string {
  return renderers[format].check(result, options);
}
