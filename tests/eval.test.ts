/**
 * Keeps a few evaluation cases from regressing. The harness itself (npm run eval) is a
 * benchmark that prints figures; this test checks our own labelled clusters (they ship in
 * fixtures/clusters) and, when ../shared is present, a handful of peer cases.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/index.js';
import { ROOT } from './helpers.js';
// @ts-expect-error plain ES module without types
import { loadClusters, scoreCluster, summariseClusters } from '../eval/clusters.mjs';
// @ts-expect-error plain ES module without types
import { factdiff } from '../eval/extractors.mjs';
// @ts-expect-error plain ES module without types
import { recognizersCases, recognizersGold, scoreSpans } from '../eval/peers.mjs';

describe('own labelled clusters', () => {
  const clusters = loadClusters(join(ROOT, 'fixtures', 'clusters'));
  const scored = clusters.map((c: { expected: { options?: { reference?: string } }; inputs: { path: string; text: string }[] }) =>
    scoreCluster(check(c.inputs, { reference: Boolean(c.expected.options?.reference) }), c));
  const total = summariseClusters(scored);

  it('there are at least 20, covering every verdict', () => {
    expect(clusters.length).toBeGreaterThanOrEqual(20);
    for (const v of ['agree', 'compatible', 'conflict', 'reworded', 'misattributed', 'unsupported', 'only-one']) expect(total.verdicts[v].expected, v).toBeGreaterThan(0);
  });
  it('conflicts: every expected one found, none invented', () => {
    expect(total.verdicts.conflict.recall).toBe(1);
    expect(total.verdicts.conflict.precision).toBe(1);
  });
  it('every named speaker is found', () => {
    expect(total.speakers.missing).toBe(0);
    expect(total.speakers.accuracy).toBe(1);
  });
});

const RT = join(ROOT, '..', 'shared', 'peers', 'recognizers-text');
if (!existsSync(RT)) console.warn(`peer regression cases skipped: ${RT} not found (the shared texts are not part of the repository)`);

describe.skipIf(!existsSync(RT))('Recognizers-Text regression', () => {
  it('Number and Percent models stay above F1 0.95', async () => {
    const ours = await factdiff();
    for (const file of ['NumberModel', 'PercentModel']) {
      const score = scoreSpans(recognizersCases(RT, file), recognizersGold, ours[file]);
      expect(score.f1, file).toBeGreaterThanOrEqual(0.95);
    }
  });
});
