/**
 * Render stage: CheckResult → string. One file per format, registered here; a new format is
 * one file, one line here and its name in ./formats.ts (the compiler checks both lists agree).
 */
import type { CheckResult, ReportClaims } from '../types.js';
import { renderExtractJson, renderJson } from './json.js';
import { renderExtractText, renderText } from './text.js';
import { renderExtractJsonl, renderJsonl } from './jsonl.js';
import { renderExtractMarkdown, renderMarkdown } from './markdown.js';
import { renderExtractSarif, renderSarif } from './sarif.js';
import { renderExtractGithub, renderGithub } from './github.js';
import { renderExtractHtml, renderHtml } from './html/index.js';
import type { RenderOptions } from './options.js';
import { FORMATS, type FormatName } from './formats.js';
import { FactdiffError } from '../errors.js';

export type { RenderOptions } from './options.js';
export { safe } from './escape.js';
export { locator } from './source.js';
export { screenRows } from './layout.js';
export type { FormatName } from './formats.js';

/** A format: how to print a check result and how to print one report's claims. */
export interface Renderer {
  /** One-line description for --help. */
  readonly description: string;
  readonly check: (result: CheckResult, options: RenderOptions) => string;
  readonly extract: (claims: ReportClaims, options: RenderOptions) => string;
}

/** Every output format by name. */
export const renderers = {
  text: { description: FORMATS.text, check: renderText, extract: renderExtractText },
  json: { description: FORMATS.json, check: renderJson, extract: renderExtractJson },
  jsonl: { description: FORMATS.jsonl, check: renderJsonl, extract: renderExtractJsonl },
  markdown: { description: FORMATS.markdown, check: renderMarkdown, extract: renderExtractMarkdown },
  sarif: { description: FORMATS.sarif, check: renderSarif, extract: renderExtractSarif },
  github: { description: FORMATS.github, check: renderGithub, extract: renderExtractGithub },
  html: { description: FORMATS.html, check: renderHtml, extract: renderExtractHtml },
} as const satisfies Record<FormatName, Renderer>;

/** Renders a check result in the named format (default options: no colour, every finding). */
export function render(result: CheckResult, format: FormatName, options: RenderOptions = { color: false, conflictsOnly: false }): string {
  // The library's callers may pass anything: a clear error rather than a TypeError.
  if (typeof format !== 'string' || !Object.hasOwn(renderers, format)) {
    throw new FactdiffError(`render: format must be one of ${Object.keys(renderers).join(', ')}; got ${JSON.stringify(format) ?? String(format)}`);
  }
  if (typeof result !== 'object' || result === null || !Array.isArray(result.reports) || !Array.isArray(result.findings)) {
    throw new FactdiffError('render: result must be what check() returned');
  }
  return renderers[format].check(result, options);
}
