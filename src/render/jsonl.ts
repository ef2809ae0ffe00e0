/**
 * JSON Lines: one `{"type", "data"}` object per line — each report, each finding, then
 * one summary — for `jq` in a shell loop. Same data as the JSON format.
 */
import type { CheckResult, ReportClaims } from '../types.js';
import { extractedJson, findingSerialiser, reportJson } from './json.js';
import { locator } from './source.js';
import { listed } from './common.js';
import type { RenderOptions } from './options.js';

const line = (type: string, data: unknown): string => `${JSON.stringify({ type, data })}\n`;

export function renderJsonl(result: CheckResult, options: RenderOptions): string {
  const findingJson = findingSerialiser(result, options.known);
  return [
    ...result.reports.map((r) => line('report', reportJson(r))),
    ...listed(result, options.conflictsOnly).map((f) => line('finding', findingJson(f))),
    line('summary', result.summary),
  ].join('');
}

export function renderExtractJsonl(rc: ReportClaims, _options: RenderOptions): string {
  const at = locator(rc.report);
  return [line('report', reportJson(rc.report)), ...rc.claims.map((c) => line('claim', extractedJson(rc.report, c, at)))].join('');
}
