import { describe, expect, it } from 'vitest';
import { scanNumbers } from '../../src/extract/numbers/scan.js';
import { extractClaims } from '../../src/extract/index.js';
import { segmentReport } from '../../src/segment/index.js';
import type { NumberClaim } from '../../src/types.js';

function scan(t: string) {
  return scanNumbers(t).map((m) => ({ text: t.slice(m.start, m.end), value: m.value, low: m.low, high: m.high, unit: m.unit, role: m.role }));
}

describe('scanNumbers: values', () => {
  it.each([
    ['25 people', '25', 25, 25, 25, 'count'],
    ['three children', 'three', 3, 3, 3, 'count'],
    ['twenty-five', 'twenty-five', 25, 25, 25, 'count'],
    ['a dozen eggs', 'a dozen', 12, 12, 12, 'count'],
    ['two hundred and fifty', 'two hundred and fifty', 250, 250, 250, 'count'],
    ['1,200 homes', '1,200', 1200, 1200, 1200, 'count'],
    ['$137m in aid', '$137m', 137e6, 137e6, 137e6, 'currency:USD'],
    ['85 million euros', '85 million euros', 85e6, 85e6, 85e6, 'currency:EUR'],
    ['£2.5bn', '£2.5bn', 2.5e9, 2.5e9, 2.5e9, 'currency:GBP'],
    ['a 50% cut', '50%', 50, 50, 50, 'percent'],
    ['12 per cent', '12 per cent', 12, 12, 12, 'percent'],
    ['the 6th floor', '6th', 6, 6, 6, 'ordinal'],
    ['the sixth floor', 'sixth', 6, 6, 6, 'ordinal'],
    ['at least 25', 'at least 25', 25, 25, null, 'count'],
    ['more than 25', 'more than 25', 25, 25, null, 'count'],
    ['up to 40', 'up to 40', 40, 0, 40, 'count'],
    ['nearly 40', 'nearly 40', 40, 36, 40, 'count'],
    ['about 100', 'about 100', 100, 90, 110, 'count'],
    ['~50%', '~50%', 50, 45, 55, 'percent'],
    ['8 to 10 people', '8 to 10', null, 8, 10, 'count'],
    ['8–10 people', '8–10', null, 8, 10, 'count'],
    ['between 8 and 10', 'between 8 and 10', null, 8, 10, 'count'],
    ['$5-10m', '$5-10m', null, 5e6, 10e6, 'currency:USD'],
    ['dozens of people', 'dozens', null, 24, 99, 'count'],
    ['halving the army', 'halving', 50, 50, 50, 'percent'],
  ])('%s', (input, text, value, low, high, unit) => {
    const [m] = scan(input);
    expect(m).toMatchObject({ text, value, low, high, unit });
  });
});

describe('scanNumbers: values out of range are no claim; large ones are exact (issue 25, item 11)', () => {
  it.each([
    ['a 401-digit figure', `${'1'.padEnd(401, '0')} people`, []],
    ['10^400', '10^400 dollars', []],
    ['2^53 + 1', '9007199254740993 people and 12 cars', [['12', 12]]],
    ['2^53', '9,007,199,254,740,992 votes', []],
    ['2^53 - 1, exact', '9,007,199,254,740,991 votes', [['9,007,199,254,740,991', 9007199254740991]]],
    ['13 digits, exact', '1,234,567,890,123 dollars', [['1,234,567,890,123 dollars', 1234567890123]]],
    ['a decimal times a magnitude, without binary noise', '8,192.2 trillion dollars', [['8,192.2 trillion dollars', 8.1922e15]]],
    ['$1.5 trillion', '$1.5 trillion', [['$1.5 trillion', 1.5e12]]],
  ])('%s', (_name, text, expected) => {
    const found = scanNumbers(text);
    expect(found.map((m) => [text.slice(m.start, m.end), m.value])).toEqual(expected);
    for (const m of found) for (const x of [m.value, m.low, m.high]) if (x !== null) expect(Number.isFinite(x)).toBe(true);
  });

  it('two reports whose figures differ past 12 digits conflict; past 2^53 or Infinity there is no claim to compare', async () => {
    const { check } = await import('../../src/check.js');
    const pair = (a: string, b: string) => check([{ path: 'a', text: a }, { path: 'b', text: b }], { only: ['number'] }).findings.map((f) => f.verdict);
    expect(pair('Debt reached $1,234,567,890,123 this year.', 'Debt reached $1,234,567,890,124 this year.')).toEqual(['conflict']);
    expect(pair('9007199254740993 people died.', '9007199254740992 people died.')).toEqual([]);
    expect(pair(`${'1'.padEnd(401, '0')} people died.`, `${'2'.padEnd(401, '0')} people died.`)).toEqual([]);
  });
});

describe('scanNumbers: roles that are not claims', () => {
  it.each([
    ['on 19 November 2025', ['date', 'date']],
    ['November 19, 2025', ['date', 'date']],
    ['at 5.30 a.m.', ['time']],
    ['at 10:30', ['time', 'time']],
    ['since 2022', ['year']],
    ['the COVID-19 rules', ['name']],
    ['G7 leaders', ['name']],
  ])('%s', (input, roles) => {
    expect(scan(input).map((m) => m.role)).toEqual(roles);
  });
  it('"from 10 to 20" is a change, not a range', () => {
    expect(scan('rose from 10 to 20').map((m) => m.text)).toEqual(['10', '20']);
  });
});

describe('scanNumbers: the wider grammar (fractions, decimals in words, signs, magnitudes)', () => {
  it.each([
    ['two thirds of the homes', 'two thirds', 2 / 3],
    ['a quarter of voters', 'a quarter', 0.25],
    ['one fifth', 'one fifth', 0.2],
    ['three twenty-firsts', 'three twenty-firsts', 3 / 21],
    ['one hundred thirty fifths', 'one hundred thirty fifths', 100 / 35],
    ['one hundred and thirty fifths', 'one hundred and thirty fifths', 26],
    ['one hundred and three quarters', 'one hundred and three quarters', 100.75],
    ['two and a half million people', 'two and a half million', 2.5e6],
    ['half a million', 'half a million', 5e5],
    ['two hundred point zero three', 'two hundred point zero three', 200.03],
    ['minus five point five', 'minus five point five', -5.5],
    ['temperatures of -5', '-5', -5],
    ['3/4', '3/4', 0.75],
    ['2 1/4 miles', '2 1/4', 2.25],
    ['1 over 3', '1 over 3', 1 / 3],
    ['1 234 567', '1 234 567', 1234567],
    ['1.3e6', '1.3e6', 1.3e6],
    ['13 lakh', '13 lakh', 1.3e6],
    ['three lakh crore', 'three lakh crore', 3e12],
    ['3 dozen eggs', '3 dozen', 36],
    ['2.33 k', '2.33 k', 2330],
    ['10G', '10G', 1e10],
    ['thirty percentage', 'thirty percentage', 30],
    ['per cent of 210', 'per cent of 210', 210],
    ['between 44 mg and 50 mg', 'between 44 mg and 50 mg', null],
  ])('%s', (input, text, value) => {
    const [m] = scan(input);
    expect(m?.text).toBe(text);
    if (value === null) expect(m?.value).toBeNull();
    else expect(m?.value).toBeCloseTo(value, 9);
  });
  it.each([
    ['a third straight day', 'third', 'ordinal'],
    ['in the second half of the year', 'second', 'ordinal'],
    ['one second later', 'one', 'count'],
  ])('%s: no fraction', (input, text, unit) => {
    const [m] = scan(input);
    expect(m).toMatchObject({ text, unit });
  });
  it.each([
    ['the 25 100-metre races', ['25', '100']],
    ['In 2019 250 people left', ['2019', '250']],
    ['earn $2000 over 3 years', ['$2000', 'over 3']],
    ['Exercises 22,24,26', ['22', '24', '26']],
  ])('%s: no false joins', (input, texts) => {
    expect(scan(input).map((m) => m.text)).toEqual(texts);
  });
  it.each([
    ['a 10kg bag', 'dimension'],
    ['the 1960s', 'year'],
    ['the 2013-14 season', 'year'],
    ['a size of 2.123 pm', 'dimension'],
  ])('%s', (input, role) => {
    expect(scan(input).at(-1)?.role ?? 'dimension').toBe(role);
  });
});

function numbers(t: string): [string, string, string | null, number | null][] {
  return extractClaims(t, segmentReport(t), ['number'])
    .filter((c): c is NumberClaim => c.kind === 'number')
    .map((c) => [t.slice(c.span.start, c.span.end), c.measure, c.subgroup, c.value]);
}

describe('extract numbers: what they count', () => {
  it.each([
    ['killed at least 25 people', [['at least 25', 'deaths', null, 25]]],
    ['25 deaths were confirmed', [['25', 'deaths', null, 25]]],
    ['Officials reported 25 dead.', [['25', 'deaths', null, 25]]],
    ['The death toll rose to 25.', [['25', 'deaths', null, 25]]],
    ['73 wounded', [['73', 'injured', null, 73]]],
    ['At least 25 people, including three children, were killed.', [['At least 25', 'deaths', null, 25], ['three', 'deaths', 'children', 3]]],
    ['25 deaths and 73 injuries, including 15 children.', [['25', 'deaths', null, 25], ['73', 'injured', null, 73], ['15', 'injured', 'children', 15]]],
    ['The plan has 28 points.', [['28', 'point', null, 28]]],
    ['a 28-point plan', [['28', 'point', null, 28]]],
    ['a 28\u2011point plan', [['28', 'point', null, 28]]],
    ['It would halve the army.', [['halve', 'cut', null, 50]]],
    ['Output was cut by 40% last year.', [['40%', 'cut', null, 40]]],
    ['a fine of €3m', [['€3m', 'fine', null, 3e6]]],
    ['The boat carried 23 migrants, 12 Somali and 11 Yemeni.', [['23', 'migrants', null, 23], ['12', 'migrants', 'somali', 12], ['11', 'migrants', 'yemeni', 11]]],
    ['A 34-year-old man was arrested.', [['34', 'age', null, 34]]],
    ['Nine people remain missing.', [['Nine', 'missing', null, 9]]],
    // Nouns the tagger's first pass reads as verbs (nlp.ts repairs them).
    ['The council backed the plan by 31 votes to 19.', [['31', 'vote', null, 31]]],
    ['It will buy two new patrol boats.', [['two', 'boat', null, 2]]],
    ['It will cut the school transport budget by 50%.', [['50%', 'cut', null, 50]]],
  ])('%s', (input, expected) => {
    expect(numbers(input)).toEqual(expected);
  });

  it('reads a table row label as the measure', () => {
    expect(numbers('| Item | Figure |\n|---|---|\n| Fatalities in the strike | 25 (including 3 children) |')).toEqual([
      ['25', 'deaths', null, 25],
      ['3', 'deaths', 'children', 3],
    ]);
  });

  it.each([
    ['one of the buildings was hit'],
    ['He was born in 1961.'],
    ['The COVID-19 pandemic spread.'],
    ['It happened on 4 May.'],
  ])('finds no claim in %s', (input) => {
    expect(numbers(input)).toEqual([]);
  });
});
