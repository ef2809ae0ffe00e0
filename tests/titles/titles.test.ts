import { describe, expect, it } from 'vitest';
import { parseTitle, sameAffiliation, sameOffice, titleConflict } from '../../src/titles/index.js';

const roles = (title: string) => parseTitle(title).map((r) => ({ role: r.role, status: r.status, affiliations: r.affiliations }));

describe('parseTitle', () => {
  it.each([
    ['former Trump envoy', [{ role: 'envoy', status: ['former'], affiliations: ['Trump'] }]],
    ['U.S. Secretary of State', [{ role: 'secretary of state', status: [], affiliations: ['U.S.'] }]],
    ['US secretary of state', [{ role: 'secretary of state', status: [], affiliations: ['US'] }]],
    ['President of Ukraine', [{ role: 'president', status: [], affiliations: ['Ukraine'] }]],
    ['Chancellor of the Exchequer', [{ role: 'chancellor', status: [], affiliations: ['Exchequer'] }]],
    ['Kremlin spokesman', [{ role: 'spokesperson', status: [], affiliations: ['Kremlin'] }]],
    ['ex-minister', [{ role: 'minister', status: ['former'], affiliations: [] }]],
    ['Regional transport minister', [{ role: 'minister', status: [], affiliations: ['transport'] }]],
    ['Green councillor', [{ role: 'councillor', status: [], affiliations: ['Green'] }]],
    // Word order and "of"-phrases: one role, one portfolio.
    ['Transport Secretary', [{ role: 'secretary', status: [], affiliations: ['Transport'] }]],
    ['Secretary of Transport', [{ role: 'secretary', status: [], affiliations: ['Transport'] }]],
    // Compound roles are one office; acronyms fold to them.
    ['North Shore attorney general', [{ role: 'attorney general', status: [], affiliations: ['North Shore'] }]],
    ['CEO', [{ role: 'chief executive', status: [], affiliations: [] }]],
    ['Vice-President', [{ role: 'president', status: ['vice'], affiliations: [] }]],
    ['president-elect', [{ role: 'president', status: ['elect'], affiliations: [] }]],
    // Two roles in one title.
    ["SeaMicro's CEO and co-founder", [{ role: 'chief executive', status: [], affiliations: ['SeaMicro'] }, { role: 'founder', status: [], affiliations: [] }]],
    // "Sheriff's Deputy Cpl.": the deputy is the sheriff's, not a rank of the corporal.
    ["Sheriff's Deputy Cpl.", [{ role: 'corporal', status: [], affiliations: [] }]],
  ])('%s', (title, expected) => {
    expect(roles(title)).toEqual(expected);
  });
});

describe('affiliations compare by name, acronym and expansion', () => {
  it.each([
    ['HRWA', 'Harwick Relief and Works Agency', true], ['UNHRA', 'UN Harwick Relief Agency', true],
    ['N.S.', 'North Shore', true],
    ['FBI', 'Federal Bureau of Investigation', true],
    ['U.S.', 'American', true],
    ["Orlen's cloud group", 'Orlen', true],
    ['Green', 'Labour', false],
    ['HRWA in Telmar', 'Harwick Relief and Works Agency', true],
    ['Harwick Relief and Works Agency', 'Telmar Space Agency', false],
  ])('%s / %s', (a, b, same) => {
    expect(sameAffiliation(a, b)).toBe(same);
  });
});

describe('titleConflict', () => {
  it.each([
    // Agree: the same role written two ways, or roles that can all be true.
    [['HRWA spokesman'], ['spokesman for the Harwick Relief and Works Agency'], null],
    [['Transport Secretary'], ['Secretary of Transport'], null],
    [['Attorney General'], ['N.S. Attorney General'], null],
    [['deputy campaign manager'], ['Nixon aide'], null],
    [['SeaMicro Chief Executive'], ['new AMD general manager'], null],
    [['two-time heavyweight champion'], ['former heavyweight champion'], null],
    // Conflict, with the two titles as written.
    [['Former mayor'], ['Mayor'], { a: 'Former mayor', b: 'Mayor', why: '"former" in one report only' }],
    [['Green councillor'], ['Labour councillor'], { a: 'Green councillor', b: 'Labour councillor', why: 'held for different employers or portfolios' }],
    [['defence minister'], ['finance minister'], { a: 'defence minister', b: 'finance minister', why: 'held for different employers or portfolios' }],
    [['CEO'], ['COO'], { a: 'CEO', b: 'COO', why: 'two offices one person does not hold at once' }],
    [['Governor'], ['Senator'], { a: 'Governor', b: 'Senator', why: 'two offices one person does not hold at once' }],
  ])('%j / %j', (a, b, expected) => {
    expect(titleConflict(a, b)).toEqual(expected);
  });
});

describe('sameOffice', () => {
  it('finds one office written for two names', () => {
    expect(sameOffice(['legendary founding director'], ['famous FBI director'])).toBe(true);
    expect(sameOffice(['FBI director'], ['CIA director'])).toBe(false);
    expect(sameOffice(['spokesman'], ['spokesman'])).toBe(false);
  });
});
