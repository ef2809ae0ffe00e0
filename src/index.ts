/**
 * factdiff's library API: `check(reports, options) → CheckResult` and the vocabulary.
 * The command line (src/cli) is one client of this module.
 */
export { check, extractReport, hasConflict, summarise } from './check.js';
export { renderers, render, type RenderOptions, type FormatName } from './render/index.js';
export { segmentReport } from './segment/index.js';
export { scanNumbers, type NumberMention } from './extract/index.js';
export { forgetAllTexts } from './extract/nlp.js';
export { convert as readMarkup, detectFormat, INPUT_FORMATS, type InputFormat } from './read/format.js';
export { baselineEntries, fingerprinter, knownFindings, type BaselineEntry } from './baseline/index.js';
export * from './types.js';
export { FactdiffError } from './errors.js';
