/** The library API (src/index.ts): arguments are checked where they come in (issue 25, item 13). */
import { describe, expect, it } from 'vitest';
import { check, extractReport, FactdiffError, render, type CheckOptions, type ReportInput } from '../src/index.js';

const A: ReportInput = { path: 'a.txt', text: 'Seven people died, Mayor Anna Kovacs said.' };
const B: ReportInput = { path: 'b.txt', text: 'Eight people died.' };

describe('check() refuses what it cannot use, with a FactdiffError that says what it takes', () => {
  const call = (inputs: unknown, options?: unknown) => () => check(inputs as ReportInput[], options as CheckOptions);
  it.each([
    ['null', call(null), /^check: reports must be a list of \{path, text\}; got null$/],
    ['[null]', call([null]), /^check: report 1 must be an object \{path, text\}; got null$/],
    ['a numeric path', call([A, { path: 3, text: 'x' }]), /^check: report 2: path must be a string; got 3$/],
    ['no text', call([A, { path: 'b.txt' }]), /^check: report 2: text must be a string; got undefined$/],
    ['negative bytes', call([A, { ...B, bytes: -1 }]), /report 2: bytes must be a whole number/],
    ["only: 'numbers'", call([A, B], { only: 'numbers' }), /^check: options\.only must be a non-empty list of kinds \('number', 'person', 'quote'\); got "numbers"$/],
    ["only: ['numbers']", call([A, B], { only: ['numbers'] }), /^check: options\.only must be a non-empty list of kinds \('number', 'person', 'quote'\); got \["numbers"\]$/],
    ['a NaN tolerance', call([A, B], { tolerance: NaN }), /^check: options\.tolerance must be a number from 0 to below 1 \(0\.01 = 1%\); got NaN$/],
    ['a tolerance as text', call([A, B], { tolerance: '0.1' }), /options\.tolerance must be a number/],
    ['a misspelt option', call([A, B], { tolerence: 0.1 }), /^check: options\.tolerence is not an option; known options: only, reference/],
    ['options: null', call([A, B], null), /^check: options must be an object; got null$/],
    ['aliases of numbers', call([A, B], { aliases: { Kovacs: 3 } }), /options\.aliases must map a spelling to a name/],
  ])('%s', (_name, fn, message) => {
    expect(fn).toThrow(FactdiffError);
    expect(fn).toThrow(message);
  });

  it('still takes what it took', () => {
    expect(check([A, B], { only: ['number'], tolerance: 0.01, reference: true }).findings.length).toBeGreaterThan(0);
    expect(check([A, B]).reports.map((r) => r.id)).toEqual(['r1', 'r2']);
  });
});

describe('extractReport() and render() check their arguments too', () => {
  it.each([
    ['extractReport(null)', () => extractReport(null as unknown as ReportInput), /^extractReport: the report must be an object \{path, text\}; got null$/],
    ['extractReport with a bad option', () => extractReport(A, { only: 'quotes' } as unknown as CheckOptions), /^extractReport: options\.only/],
    ["render(result, 'xml')", () => render(check([A, B]), 'xml' as 'json'), /^render: format must be one of text, json/],
    ['render(null)', () => render(null as never, 'json'), /^render: result must be what check\(\) returned$/],
  ])('%s', (_name, fn, message) => {
    expect(fn).toThrow(FactdiffError);
    expect(fn).toThrow(message);
  });

  it('render() without options prints without colour', () => {
    expect(render(check([A, B]), 'text')).not.toMatch(/\x1b\[/);
  });
});
