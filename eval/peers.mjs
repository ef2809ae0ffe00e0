// Scorers for the peer suites in ../shared/peers (Recognizers-Text, quantulum3).
// Pure functions of (cases, extractor) so the regression test can reuse them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const RECOGNIZERS_FILES = ['NumberModel', 'PercentModel', 'OrdinalModel'];

/** Cases of one Recognizers-Text file, without those flagged NotSupported for javascript. */
export function recognizersCases(dir, file) {
  const path = join(dir, `${file}.json`);
  if (!existsSync(path)) return null;
  const all = JSON.parse(readFileSync(path, 'utf8'));
  const flagged = new Set(
    JSON.parse(readFileSync(join(dir, 'notsupported-javascript.json'), 'utf8'))
      .filter((x) => x.file === `${file}.json`)
      .map((x) => x.index),
  );
  return all.map((c, index) => ({ ...c, index })).filter((c) => !flagged.has(c.index));
}

/** Expected mentions of a Recognizers case: {start, end (exclusive), value}. */
export function recognizersGold(c) {
  return c.Results.map((r) => ({ start: r.Start, end: r.End + 1, value: Number(String(r.Resolution.value).replace('%', '')), text: r.Text }));
}

/** Equal within a relative tolerance. */
export const close = (a, b, rel = 1e-6) => a === b || Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Precision, recall and F1 of predicted mentions against gold ones: a hit has the same
 * span (trimmed) and the same value. `predict(input)` returns [{start, end, value}].
 */
export function scoreSpans(cases, gold, predict) {
  let tp = 0, fp = 0, fn = 0;
  const misses = [];
  for (const c of cases) {
    const want = gold(c);
    const got = predict(c.Input ?? c.req);
    const used = new Set();
    for (const g of got) {
      const k = want.findIndex((w, i) => !used.has(i) && w.start === g.start && w.end === g.end && close(w.value, g.value));
      if (k >= 0) { used.add(k); tp++; } else fp++;
    }
    fn += want.length - used.size;
    if (used.size !== want.length || used.size !== got.length) {
      misses.push({ input: c.Input ?? c.req, index: c.index, want: want.map(show(c)), got: got.map(show(c)) });
    }
  }
  return { cases: cases.length, ...prf(tp, fp, fn), misses };
}

const show = (c) => (m) => `${(c.Input ?? c.req).slice(m.start, m.end)}=${m.value}`;

export function prf(tp, fp, fn) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** quantulum3 cases: [{req, res:[{surface, value}]}]. */
export function quantulumCases(dir, file) {
  const path = join(dir, file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/**
 * Value recall and precision on quantulum3: an expected quantity is found when a predicted
 * mention overlaps its surface (first occurrence) with the same value (a range by its midpoint).
 * A prediction is correct when it is such a match.
 */
export function scoreQuantities(cases, predict) {
  let expected = 0, found = 0, predicted = 0, correct = 0;
  const misses = [];
  for (const c of cases) {
    const got = predict(c.req);
    predicted += got.length;
    const want = c.res.map((r) => { const start = c.req.indexOf(r.surface); return { start, end: start + r.surface.length, value: r.value }; });
    const hit = (w, g) => g.start < w.end && w.start < g.end && close(w.value, g.value);
    expected += want.length;
    const missed = want.filter((w) => !got.some((g) => hit(w, g)));
    found += want.length - missed.length;
    const wrong = got.filter((g) => !want.some((w) => hit(w, g)));
    correct += got.length - wrong.length;
    if (missed.length || wrong.length) misses.push({ input: c.req, missed: missed.map(show(c)), wrong: wrong.map(show(c)) });
  }
  return { cases: cases.length, expected, found, predicted, correct, recall: expected ? found / expected : 1, precision: predicted ? correct / predicted : 1, misses };
}
