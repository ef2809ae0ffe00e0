/**
 * Batch output: many stories' results in one stream of any compare-mode format, in the
 * order the stories were found, written as each story is done. Each story is rendered by
 * the single-story renderers' own pieces.
 */
import type { CheckResult, Finding, Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import { TOOL } from '../version.js';
import { FactdiffError } from '../errors.js';
import { findingSerialiser, reportJson, SCHEMA_VERSION } from './json.js';
import { Chalk } from 'chalk';
import { renderText, verdictCounts } from './text.js';
import { fit } from './layout.js';
import { cell, markdownCounts, markdownSection } from './markdown.js';
import { githubAnnotations, githubNotice, totals as totalsText } from './github.js';
import { sarifLog, sarifResults } from './sarif.js';
import { safe } from './escape.js';
import { listed } from './common.js';
import type { RenderOptions } from './options.js';

/** One story's outcome, as the batch renderer needs it. */
export type StoryResult =
  | {
      readonly name: string;
      readonly ok: true;
      readonly result: CheckResult;
      /** Its findings accepted in a baseline, when one is in use. */
      readonly known?: ReadonlySet<Finding>;
    }
  | { readonly name: string; readonly ok: false; readonly error: string };

/** Formats batch mode can print. */
export const BATCH_FORMATS = ['text', 'json', 'jsonl', 'markdown', 'sarif', 'github'] as const;

type Totals = Record<Verdict, number> & { stories: number; failed: number };

/**
 * Batch output written story by story, so that a batch of any size holds only the story
 * being printed: `head`, then `story(s)` for each story in order, then `end()` with the
 * totals. The pieces joined are the whole document (JSON pretty-printed as
 * `JSON.stringify(doc, null, 2)` would print it).
 */
export interface BatchWriter {
  readonly head: string;
  story(s: StoryResult): string;
  end(): string;
}

/** A writer for `format`; throws for a format batch mode cannot print. */
export function batchWriter(format: string, options: RenderOptions): BatchWriter {
  const totals: Totals = { stories: 0, failed: 0, ...(Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>) };
  const count = (s: StoryResult): void => {
    totals.stories++;
    if (!s.ok) totals.failed++;
    else for (const v of VERDICTS) totals[v] += s.result.summary[v];
  };
  switch (format) {
    case 'text':
      return {
        head: '',
        story: (s) => {
          const first = totals.stories === 0;
          count(s);
          const body = s.ok ? renderText(s.result, { ...options, known: s.known }) : `factdiff: ${safe(s.error)}\n`;
          return `${first ? '' : '\n'}=== ${safe(s.name)} ===\n${body}`;
        },
        end: () => {
          const line = `${storiesFailed(totals)}: ${verdictCounts(new Chalk({ level: options.color ? 1 : 0 }), totals)}`;
          return `\n${fit('', line, options.width, 2).join('\n')}\n`;
        },
      };
    case 'json':
      return {
        head: `{\n  "schemaVersion": ${JSON.stringify(SCHEMA_VERSION)},\n  "tool": ${nested(TOOL, '  ')},\n  "stories": [`,
        story: (s) => {
          const first = totals.stories === 0;
          count(s);
          const doc = s.ok
            ? { name: s.name, ok: true, reports: s.result.reports.map(reportJson), findings: listed(s.result, options.conflictsOnly).map(findingSerialiser(s.result, s.known)), summary: s.result.summary }
            : { name: s.name, ok: false, error: s.error };
          return `${first ? '' : ','}\n    ${nested(doc, '    ')}`;
        },
        end: () => `${totals.stories > 0 ? '\n  ' : ''}],\n  "summary": ${nested(totals, '  ')}\n}\n`,
      };
    case 'jsonl': {
      const line = (type: string, data: object): string => `${JSON.stringify({ type, data })}\n`;
      return {
        head: '',
        story: (s) => {
          count(s);
          if (!s.ok) return [line('error', { story: s.name, message: s.error }), line('story-summary', { story: s.name, ok: false, error: s.error, summary: null })].join('');
          const serialise = findingSerialiser(s.result, s.known);
          return [
            ...s.result.reports.map((r) => line('report', { story: s.name, ...reportJson(r) })),
            ...listed(s.result, options.conflictsOnly).map((f) => line('finding', { story: s.name, ...serialise(f) })),
            line('story-summary', { story: s.name, ok: true, reports: s.result.reports.length, summary: s.result.summary }),
          ].join('');
        },
        end: () => line('summary', totals),
      };
    }
    case 'markdown':
      return {
        head: '',
        story: (s) => {
          const first = totals.stories === 0;
          count(s);
          const body = s.ok ? markdownSection(s.result, { ...options, known: s.known }, cell(s.name)) : `## ${cell(s.name)}\n\n❗ could not be checked: ${cell(s.error)}\n`;
          return `${first ? '' : '\n'}${body}`;
        },
        end: () => `${totals.stories > 0 ? '\n' : ''}---\n\n**${storiesFailed(totals)}:** ${markdownCounts(totals)}\n`,
      };
    case 'github':
      return {
        head: '',
        story: (s) => {
          count(s);
          if (!s.ok) return githubNotice(`factdiff: ${s.name}: ${s.error}`, 'error');
          return [...githubAnnotations(s.result, { known: s.known, conflictsOnly: options.conflictsOnly }), githubNotice(`factdiff: ${s.name}: ${s.result.reports.length} reports: ${totalsText(s.result.summary)}`)].join('');
        },
        end: () => githubNotice(`factdiff: ${storiesFailed(totals)}: ${totalsText(totals)}`),
      };
    case 'sarif':
      return sarifWriter(count, totals, options.conflictsOnly);
    default:
      throw new FactdiffError(`--format ${format}: batch prints ${BATCH_FORMATS.join(', ')}, or writes html pages with -o DIR`);
  }
}

/**
 * One SARIF log for the whole batch, pretty-printed as a whole: every story's results in
 * the one run (each result's `properties.story` names its story), then the invocation,
 * whose notifications are the stories that could not be checked.
 */
function sarifWriter(count: (s: StoryResult) => void, totals: Totals, conflictsOnly: boolean): BatchWriter {
  const RESULTS = '\u0000results';
  const INVOCATIONS = '\u0000invocations';
  const text = JSON.stringify(sarifLog([RESULTS], { invocations: INVOCATIONS }), null, 2);
  const at = text.indexOf(JSON.stringify(RESULTS));
  const lineStart = text.lastIndexOf('\n', at);
  const indent = text.slice(lineStart + 1, at);
  const close = indent.slice(2);
  // After the placeholder's line: `${close}],` and the rest, with the invocations' placeholder.
  const rest = text.slice(text.indexOf('\n', at) + 1 + close.length + 1);
  const failures: object[] = [];
  let results = 0;
  return {
    head: text.slice(0, lineStart),
    story: (s) => {
      count(s);
      if (!s.ok) {
        failures.push({ level: 'error', message: { text: `${s.name}: ${s.error}` } });
        return '';
      }
      return sarifResults(s.result, { known: s.known, conflictsOnly })
        .map((r) => `${results++ === 0 ? '' : ','}\n${indent}${nested({ ...r, properties: { story: s.name } }, indent)}`)
        .join('');
    },
    end: () => {
      const invocations = [{ executionSuccessful: totals.failed === 0, toolExecutionNotifications: failures }];
      return `${results > 0 ? `\n${close}` : ''}]${rest.replace(JSON.stringify(INVOCATIONS), nested(invocations, close))}\n`;
    },
  };
}

/** "3 stories, 1 failed": a batch's totals begin so in text, Markdown and GitHub notices. */
function storiesFailed(totals: Totals): string {
  return `${totals.stories} ${totals.stories === 1 ? 'story' : 'stories'}, ${totals.failed} failed`;
}

/** `value` pretty-printed to stand at an indentation of `indent` inside a larger document. */
function nested(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}
