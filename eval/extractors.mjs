// The two number extractors the peer suites compare: factdiff's scanner and raw compromise.
// Each returns, per model, mentions as {start, end (exclusive), value}.
import { createRequire } from 'node:module';

const CLAIM_ROLES = new Set([null, 'year']);
// quantulum3 counts measures with units ("10kg") as quantities; Recognizers' number model does not.
const QUANTITY_ROLES = new Set([null, 'year', 'dimension']);

/** factdiff's number scanner, as the extract stage uses it (dates, times and name parts are not claims). */
export async function factdiff() {
  const { scanNumbers } = await import('../dist/index.js');
  const mentions = (text) => scanNumbers(text).filter((m) => CLAIM_ROLES.has(m.role));
  const valueOf = (m) => m.value ?? (m.low !== null && m.high !== null ? (m.low + m.high) / 2 : m.low ?? m.high);
  return {
    NumberModel: (t) => mentions(t).filter((m) => m.unit !== 'percent' && m.unit !== 'ordinal' && m.value !== null).map((m) => ({ start: m.numeralStart, end: m.numeralEnd, value: m.value })),
    PercentModel: (t) => mentions(t).filter((m) => m.unit === 'percent' && !m.halving).map((m) => ({ start: m.numeralStart, end: m.end, value: m.value })),
    OrdinalModel: (t) => mentions(t).filter((m) => m.unit === 'ordinal').map((m) => ({ start: m.numeralStart, end: m.numeralEnd, value: m.value })),
    quantities: (t) => scanNumbers(t).filter((m) => QUANTITY_ROLES.has(m.role) && m.unit !== 'ordinal').map((m) => ({ start: m.start, end: m.end, value: valueOf(m) })),
  };
}

/** Raw compromise: `.numbers()` (cardinal or ordinal) and `.percentages()`, offsets from `.json({offset})`. */
export function compromise() {
  const nlp = createRequire(import.meta.url)('compromise');
  const spans = (text, view, { percent = false, skipPercent = false } = {}) =>
    view.json({ offset: true }).filter((x) => !(skipPercent && (x.number?.unit === 'percent' || x.text.endsWith('%')))).map((x) => {
      let start = x.offset.start;
      let end = start + x.offset.length;
      while (/[$€£¥\s]/.test(text[start] ?? '') && start < end) start++;
      if (percent) {
        const rest = /^\s*(?:percent|per cent|percentage)\b/i.exec(text.slice(end));
        if (rest && !text.slice(start, end).endsWith('%')) end += rest[0].length;
      } else if (text[end - 1] === '%') end--;
      return { start, end, value: x.number?.num ?? NaN };
    });
  return {
    NumberModel: (t) => spans(t, nlp(t).numbers().isCardinal(), { skipPercent: true }),
    PercentModel: (t) => spans(t, nlp(t).percentages(), { percent: true }),
    OrdinalModel: (t) => spans(t, nlp(t).numbers().isOrdinal()),
    quantities: (t) => { const d = nlp(t); return d.numbers().isCardinal().json({ offset: true }).map((x) => ({ start: x.offset.start, end: x.offset.start + x.offset.length, value: x.number?.num ?? NaN })); },
  };
}
