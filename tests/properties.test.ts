/**
 * Property tests over generated text: mixes of words, numbers, names, quote marks,
 * control characters and random Unicode. What must hold for any input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, extractReport, render } from '../src/index.js';

const pieces = fc.oneof(
  fc.constantFrom('the', 'said', 'killed', 'at least', 'including', 'people', 'children', 'injured', 'former', 'envoy', 'President', 'mayor', 'of', 'and', 'about', 'nearly', '%', '$', 'm', 'million', 'three', 'twenty-five', 'a dozen', 'halving'),
  fc.constantFrom('Anna Kovacs', 'Kovacs', 'Ivan Petrov', 'Mayor Lena Hartmann', 'Dr. Amara Okafor', 'he', 'she'),
  fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', '„', '(', ')', '|', '-', '–', ',', '.', ':', ';', '\n', '\n\n', '\r\n', '\t'),
  fc.integer({ min: 0, max: 100000 }).map(String),
  fc.constantFrom('\u0000', '\u001b[31m', '\u202e', '\u200b', '\ufeff', '😀', 'Ж', '中文', '\ud800'),
  fc.string({ maxLength: 6 }),
);
const text = fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join(' '));
const runs = { numRuns: 60 };

describe('properties', () => {
  it('extraction never throws and every claim span lies inside the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const { claims } = extractReport({ path: 'a', text: t });
        for (const c of claims) {
          expect(c.span.start).toBeGreaterThanOrEqual(0);
          expect(c.span.end).toBeLessThanOrEqual(t.length);
          expect(c.span.start).toBeLessThanOrEqual(c.span.end);
          if (c.kind === 'person') expect(t.slice(c.span.start, c.span.end).replace(/\s+/g, ' ')).toBe(c.name);
        }
      }),
      runs,
    );
  });

  it('a report checked against itself has no conflict', () => {
    fc.assert(
      fc.property(text, (t) => {
        const r = check([{ path: 'a', text: t }, { path: 'b', text: t }]);
        expect(r.summary.conflict + r.summary.misattributed).toBe(0);
      }),
      runs,
    );
  });

  it('verdicts do not depend on the order of the reports', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const shape = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.kind}|${f.subject}|${f.verdict}`).sort();
        expect(shape(check([{ path: 'a', text: a }, { path: 'b', text: b }]))).toEqual(
          shape(check([{ path: 'b', text: b }, { path: 'a', text: a }])),
        );
      }),
      runs,
    );
  });

  it('JSON output parses back, and the same input gives the same bytes', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const reports = [{ path: 'a', text: a }, { path: 'b', text: b }];
        const json = render(check(reports), 'json', { color: false, conflictsOnly: false });
        expect(() => JSON.parse(json)).not.toThrow();
        expect(render(check(reports), 'json', { color: false, conflictsOnly: false })).toBe(json);
      }),
      runs,
    );
  });

  it('text output never carries a raw control character from the input', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const out = render(check([{ path: 'a', text: a }, { path: 'b', text: b }]), 'text', { color: false, conflictsOnly: false });
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
      runs,
    );
  });
});
