/**
 * The canonical example: the two seed reports in ../shared/seeds must come out as the
 * core issue says. Skipped, with a message, on a machine without ../shared.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import type { CheckResult, Finding } from '../src/index.js';
import { SEEDS, hasSeeds } from './helpers.js';

if (!hasSeeds) console.warn(`seed tests skipped: ${SEEDS} not found (the shared texts are not part of the repository)`);

describe.skipIf(!hasSeeds)('seed pair', () => {
  const files = hasSeeds ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  const result: CheckResult = hasSeeds ? check(files.map((f) => ({ path: f, text: readFileSync(join(SEEDS, f), 'utf8') }))) : ({} as CheckResult);
  const find = (kind: string, subject: string): Finding | undefined => result.findings.find((f) => f.kind === kind && f.subject === subject);

  it.each([
    ['deaths', ['agree', 'compatible'], 25],
    ['injured', ['agree'], 73],
    ['deaths / children', ['agree'], 3],
    ['injured / children', ['agree'], 15],
    ['point', ['agree'], 28],
    ['cut (%)', ['agree', 'compatible'], 50],
  ])('%s: %j at %d', (subject, verdicts, value) => {
    const f = find('number', subject);
    expect(f, subject).toBeDefined();
    expect(verdicts).toContain(f!.verdict);
    expect(f!.claims).toHaveLength(2);
    for (const c of f!.claims) expect(c.low === null || c.low <= value).toBe(true);
    expect(f!.claims.some((c) => c.value === value)).toBe(true);
  });

  it('the children are breakdowns of the dead ("three") and of the injured (15)', () => {
    expect(find('number', 'deaths / children')!.claims.map((c) => c.text.toLowerCase())).toContain('three');
    expect(find('number', 'injured / children')!.claims.map((c) => c.value)).toEqual([15, 15]);
  });

  it('the envoy title conflicts: "former Trump envoy" vs "Trump\'s envoy"', () => {
    const f = result.findings.find((x) => x.kind === 'person' && x.subject.endsWith('Witkoff'));
    expect(f?.verdict).toBe('conflict');
    expect(f?.diff?.some((p) => p.op === 'removed' && p.text.includes('former'))).toBe(true);
  });

  it('the president is one person under three names, with no conflict', () => {
    const f = result.findings.find((x) => x.kind === 'person' && x.subject.endsWith('Zelenskyy'));
    expect(f?.verdict).toBe('agree');
  });

  it('quotes: the president\'s agrees, the secretary\'s and the spokesperson\'s are reworded, the witness\'s is only in one', () => {
    const quotes = result.findings.filter((f) => f.kind === 'quote');
    const bySpeaker = (s: string) => quotes.filter((q) => q.subject.endsWith(s) && q.verdict !== 'only-one');
    expect(bySpeaker('Zelenskyy').map((q) => q.verdict)).toEqual(['agree']);
    expect(bySpeaker('Rubio').map((q) => q.verdict)).toEqual(['reworded']);
    expect(bySpeaker('Peskov').map((q) => q.verdict)).toEqual(['reworded']);
    for (const q of [...bySpeaker('Rubio'), ...bySpeaker('Peskov')]) expect(q.diff?.length).toBeGreaterThan(1);
    const witness = quotes.find((q) => q.subject.endsWith('Hrytsyshyn'));
    expect(witness?.verdict).toBe('only-one');
    expect(witness?.claims[0]?.report).toBe('r2');
  });
});
