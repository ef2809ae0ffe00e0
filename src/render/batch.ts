/**
 * Batch output: many stories' results in one text, JSON or JSON Lines stream, in the
 * order the stories were found. Each story is rendered by the single-story renderers.
 */
import type { CheckResult, Verdict } from '../types.js';
import { VERDICTS } from '../types.js';
import { TOOL } from '../version.js';
import { FactdiffError } from '../errors.js';
import { findingSerialiser, reportJson, SCHEMA_VERSION } from './json.js';
import { renderText } from './text.js';
import { safe } from './escape.js';
import type { RenderOptions } from './options.js';

/** One story's outcome, as the batch renderer needs it. */
export type StoryResult =
  | { readonly name: string; readonly ok: true; readonly result: CheckResult }
  | { readonly name: string; readonly ok: false; readonly error: string };

/** Formats batch mode can print. */
export const BATCH_FORMATS = ['text', 'json', 'jsonl'] as const;

function totals(stories: readonly StoryResult[]): Record<Verdict, number> & { stories: number; failed: number } {
  const sum = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const s of stories) if (s.ok) for (const v of VERDICTS) sum[v] += s.result.summary[v];
  return { stories: stories.length, failed: stories.filter((s) => !s.ok).length, ...sum };
}

/** Renders a batch in `format`. */
export function renderBatch(stories: readonly StoryResult[], format: string, options: RenderOptions): string {
  switch (format) {
    case 'text': {
      const parts = stories.map((s) =>
        s.ok ? `=== ${safe(s.name)} ===\n${renderText(s.result, options)}` : `=== ${safe(s.name)} ===\nfactdiff: ${safe(s.error)}\n`,
      );
      const t = totals(stories);
      const line = `${t.stories} stories, ${t.failed} failed: ${VERDICTS.map((v) => `${t[v]} ${v}`).join(', ')}`;
      return `${parts.join('\n')}\n${line}\n`;
    }
    case 'json': {
      const doc = {
        schemaVersion: SCHEMA_VERSION,
        tool: TOOL,
        stories: stories.map((s) =>
          s.ok
            ? { name: s.name, ok: true, reports: s.result.reports.map(reportJson), findings: s.result.findings.map(findingSerialiser(s.result)), summary: s.result.summary }
            : { name: s.name, ok: false, error: s.error },
        ),
        summary: totals(stories),
      };
      return `${JSON.stringify(doc, null, 2)}\n`;
    }
    case 'jsonl': {
      const line = (type: string, data: object): string => `${JSON.stringify({ type, data })}\n`;
      const out: string[] = [];
      for (const s of stories) {
        if (!s.ok) {
          out.push(line('error', { story: s.name, message: s.error }));
          continue;
        }
        const serialise = findingSerialiser(s.result);
        out.push(...s.result.reports.map((r) => line('report', { story: s.name, ...reportJson(r) })));
        out.push(...s.result.findings.map((f) => line('finding', { story: s.name, ...serialise(f) })));
      }
      out.push(line('summary', totals(stories)));
      return out.join('');
    }
    default:
      throw new FactdiffError(`--format ${format}: batch prints ${BATCH_FORMATS.join(', ')}`);
  }
}
