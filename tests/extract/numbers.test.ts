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
