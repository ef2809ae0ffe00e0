/**
 * JSON output, schemaVersion 1 (documented in the README). The same data as the
 * library's CheckResult, with line and column added and offsets kept as `start`/`end`
 * (for a report read out of HTML or Markdown, both point into the file as given).
 * Keys are written in a fixed order and lists are already sorted: same input, same bytes.
 */
import type { CheckResult, Claim, Finding, FindingClaim, Report, ReportClaims } from '../types.js';
import { TOOL } from '../version.js';
import { fileOffsets, locator } from './source.js';
import { recordable } from '../baseline/index.js';
import { listed } from './common.js';
import type { RenderOptions } from './options.js';

export const SCHEMA_VERSION = 1;

/** Renders a check result as one JSON document. */
export function renderJson(result: CheckResult, options: RenderOptions): string {
  const findingJson = findingSerialiser(result, options.known);
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    reports: result.reports.map(reportJson),
    findings: listed(result, options.conflictsOnly).map(findingJson),
    summary: result.summary,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Returns the function that turns a finding into its JSON form (shared with jsonl); with
 * a baseline in use (`known`), each finding says whether it is in it, as SARIF does:
 * `"baselineState": "unchanged"` or `"new"`.
 */
export function findingSerialiser(result: CheckResult, known?: ReadonlySet<Finding>): (f: Finding) => object {
  const locate = new Map(result.reports.map((r) => [r.id, { report: r, at: locator(r), offset: fileOffsets(r) }]));
  return (f) => ({
    kind: f.kind,
    verdict: f.verdict,
    subject: f.subject,
    claims: f.claims.map((c) => claimJson(c, locate.get(c.report)!)),
    note: f.note,
    minority: f.minority,
    diff: f.diff,
    ...(known !== undefined && recordable(f) ? { baselineState: known.has(f) ? 'unchanged' : 'new' } : {}),
  });
}

/** Renders what one report's extraction saw. */
export function renderExtractJson(rc: ReportClaims, _options: RenderOptions): string {
  const at = locator(rc.report);
  const offset = fileOffsets(rc.report);
  const doc = {
    schemaVersion: SCHEMA_VERSION,
    tool: TOOL,
    report: reportJson(rc.report),
    claims: rc.claims.map((c) => extractedJson(rc.report, c, at, offset)),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function reportJson(r: Report): { id: string; path: string; bytes: number } {
  return { id: r.id, path: r.path, bytes: r.bytes };
}

function claimJson(c: FindingClaim, where: { report: Report; at: ReturnType<typeof locator>; offset: ReturnType<typeof fileOffsets> }): object {
  const { line, column } = where.at(c.span.start);
  return {
    report: c.report,
    text: c.text,
    value: c.value,
    low: c.low,
    high: c.high,
    line,
    column,
    start: where.offset(c.span.start, 'start'),
    end: where.offset(c.span.end, 'end'),
    sentence: oneLine(where.report.text.slice(c.sentence.start, c.sentence.end)),
    detail: c.detail,
  };
}

export function extractedJson(report: Report, c: Claim, at: ReturnType<typeof locator>, offset = fileOffsets(report)): object {
  const { line, column } = at(c.span.start);
  const common = {
    kind: c.kind,
    text: oneLine(report.text.slice(c.span.start, c.span.end)),
    line,
    column,
    start: offset(c.span.start, 'start'),
    end: offset(c.span.end, 'end'),
  };
  switch (c.kind) {
    case 'number':
      return { ...common, measure: c.measure, subgroup: c.subgroup, unit: c.unit, value: c.value, low: c.low, high: c.high, lowOpen: c.lowOpen, highOpen: c.highOpen, hedge: c.hedge };
    case 'person':
      return { ...common, name: c.name, title: c.title };
    case 'quote':
      return { ...common, words: c.words, speaker: c.speaker, speakerKind: c.speakerKind, attribution: c.attribution };
    default: {
      const never: never = c;
      return never;
    }
  }
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
