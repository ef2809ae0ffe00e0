import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { extractClaims } from '../../src/extract/index.js';
import { segmentReport } from '../../src/segment/index.js';
import type { PersonClaim } from '../../src/types.js';

function people(t: string): [string, string | null][] {
  return extractClaims(t, segmentReport(t), ['person'])
    .filter((c): c is PersonClaim => c.kind === 'person')
    .map((c) => [c.name, c.title]);
}

describe('extract people', () => {
  it.each([
    ['President Volodymyr Kovalenko met reporters.', [['Volodymyr Kovalenko', 'President']]],
    ['Kremlin adviser Kirill Morozov spoke.', [['Kirill Morozov', 'Kremlin adviser']]],
    ['It was drafted by former White House envoy Steve Harlan.', [['Steve Harlan', 'former White House envoy']]],
    ['Dmitry Orlov, Kremlin spokesperson, said no.', [['Dmitry Orlov', 'Kremlin spokesperson']]],
    ['Priya Raman, the company’s chief executive, said so.', [['Priya Raman', 'company’s chief executive']]],
    ['The plan came from Steve Harlan (White House envoy) and others.', [['Steve Harlan', 'White House envoy']]],
    ['US secretary of state Marco Diaz said so.', [['Marco Diaz', 'US secretary of state']]],
    ['said regional transport minister Olek Danowski.', [['Olek Danowski', 'regional transport minister']]],
    ['Hospital director Pieter de Wit said so.', [['Pieter de Wit', 'Hospital director']]],
    ['Commission President Ursula von der Leyen spoke.', [['Ursula von der Leyen', 'Commission President']]],
    ['Regional transport minister Olek Danowski spoke.', [['Olek Danowski', 'Regional transport minister']]],
    ['Donald Trump’s envoy Steve Harlan arrived.', [['Donald Trump', null], ['Steve Harlan', 'Donald Trump’s envoy']]],
    // A lower-case word before a capitalised role belongs to the sentence, not to the title.
    ['Those are conditions President Volodymyr Kovalenko has rejected.', [['Volodymyr Kovalenko', 'President']]],
    ['He was in Ankara meeting President Recep Demir to press for talks.', [['Recep Demir', 'President']]],
    ['The talks included trade minister Anna Kovacs.', [['Anna Kovacs', 'trade minister']]],
    ['It costs too much, EC farm Commissioner Frans Vermeer said.', [['Frans Vermeer', 'EC farm Commissioner']]],
    ['The bill, sponsored by committee Chairman Patrick Lowe, passed.', [['Patrick Lowe', 'Chairman']]],
    // After a role's "of the", the words before the first name belong to the title.
    ['Chancellor of the Exchequer Nigel Hale said rates would fall.', [['Nigel Hale', 'Chancellor of the Exchequer']]],
    ['President of the Coffee Trade Association Carlos Mendes said so.', [['Carlos Mendes', 'President of the Coffee Trade Association']]],
    // The word after a role's "of" is the title's, unless only places follow it.
    ['Secretary of State Baker said so.', [['Baker', 'Secretary of State']]],
    ['Robert Lutz, vice president of Ford Europe, said the plan would work.', [['Robert Lutz', 'vice president of Ford Europe']]],
    // An appositive opened by a preposition is no title: Saudi Arabia is no person here.
    ['Output rose in Saudi Arabia, with help from OPEC president Rilwan Lukas, the data showed.', [['Rilwan Lukas', 'OPEC president']]],
    // A hyphenated given name and a hyphenated title; a dash written as a hyphen joins nothing.
    ['Harwick Union Secretary-General Lee Jae-hoon spoke.', [['Lee Jae-hoon', 'Harwick Union Secretary-General']]],
    ['He and Lena Hart-the lead counsel on the case-were confident.', [['Lena Hart', null]]],
    // A role with a prefix; a role set off before the name keeps its modifiers.
    ['Harwick County Undersheriff Tomas Brandt said so.', [['Tomas Brandt', 'Harwick County Undersheriff']]],
    ['The shadow home secretary, Tomas Brandt, said no.', [['Tomas Brandt', 'shadow home secretary']]],
    // A party member by party; a nominee.
    ['Arizona Democrat Ana Ruiz voted no.', [['Ana Ruiz', 'Arizona Democrat']]],
    ['Supreme Court nominee Ana Ruiz spoke.', [['Ana Ruiz', 'Supreme Court nominee']]],
    // An appositive whose closing comma the writer left out, before a speech verb.
    ['Ana Ruiz, Deputy Chief Engineer at Harwick Water Services says the dam held.', [['Ana Ruiz', 'Deputy Chief Engineer at Harwick Water Services']]],
    // A police force, an advisory firm and a run of roles are no people; a surname that is a role word is.
    ['Harwick Police said the road was closed.', []],
    ['Ana Ruiz worked for Telmar Advisors for years.', [['Ana Ruiz', null]]],
    ['Lena King said so.', [['Lena King', null]]],
    ['"It was a good meeting," a senior U.S. Official said.', []],
    // A dateline before a titled name is no person with an appositive.
    ['New York, May 9 - Harwick Ports Secretary Ana Ruiz said fees would rise.', [['Ana Ruiz', 'Harwick Ports Secretary']]],
    // A name inside a quote takes no appositive from outside it.
    ['"We are looking into what Lena did," club manager Ivo Marek said.', [['Lena', null], ['Ivo Marek', 'manager']]],
    ['Cominco, as operator and 51 pct owner, would run the mine.', []],
    // Words in capitals only: headlines, datelines, sign-offs, acronyms.
    ['HOUSTON, March 3 - Prices rose, the company said.', []],
    ['WEBSTER REFUSES COMMENT ON CIA POST', []],
    ['Shares fell sharply on the news. REUTER', []],
    ['OPEC official Ali Hassan said so.', [['Ali Hassan', 'OPEC official']]],
    // A run ending in an organisation's last word: "General" is no title, Motors Corp no person.
    ['General Motors Corp said its sales rose.', []],
    ['A U.S. Justice Department decree was found unacceptable.', []],
    ['Merrill Lynch Capital Markets will be the dealer, the company said.', []],
    // A name is a person when the text treats it as one: an age, "who", its verb and then a pronoun.
    ['Brannock Tiel, 43, stayed home.', [['Brannock Tiel', null]]],
    ['The 33-year-old Tiel won again.', [['Tiel', null]]],
    ['Brannock Tiel, who has not lost in four years, won again.', [['Brannock Tiel', null]]],
    ['Brannock Tiel defended his title on Saturday.', [['Brannock Tiel', null]]],
    ['Tiel, the two-time heavyweight champion, lost.', [['Tiel', 'two-time heavyweight champion']]],
    ['It was played by the merchant Caelor Vint in 2008.', [['Caelor Vint', 'merchant']]],
    // Initials, honorifics with a full stop and double surnames stay in the name.
    ['Anna M. Kovacs spoke.', [['Anna M. Kovacs', null]]],
    ['Rep. Jim Lowe said so.', [['Jim Lowe', 'Rep']]],
    ['Maria Lind-Berg sprained her knee.', [['Maria Lind-Berg', null]]],
    ['Defence lawyers for Tiel and his co-counsel, Rina Vask, left.', [['Rina Vask', 'co-counsel']]],
    // A line break ends a name.
    ['The board met on terms set by Kovacs\nAnna Ruiz, the chair, spoke.', [['Kovacs', null], ['Anna Ruiz', 'chair']]],
    // A headline in title case: its verbs and prepositions are no part of a name.
    ['Council Picks Ellen Marrow As Chair For Term', [['Ellen Marrow', null]]],
    ['Ellen Marrow Named As Chair', [['Ellen Marrow', null]]],
  ])('%s', (input, expected) => {
    expect(people(input)).toEqual(expected);
  });

  it('takes no title from a headline (headline style drops "former")', () => {
    const t = 'Ana Ruiz, FBI official, dies at 95\nAna Ruiz, the former FBI official, died on Sunday.';
    expect(people(t)).toEqual([['Ana Ruiz', null], ['Ana Ruiz', 'former FBI official']]);
  });

  it('knows a surname once the full name was seen', () => {
    expect(people('Anna Kovacs arrived. Later Kovacs left.').map(([n]) => n)).toEqual(['Anna Kovacs', 'Kovacs']);
  });

  it.each([
    ['The Kremlin denied it.'],
    ['Reuters reported the news.'],
    ['Proposals appeared to grant Russia major gains.'],
    ['The President of the Indian Merchants Chambers spoke.'],
    ['The vice president of Ford Europe said the plan would work.'],
    ['A 35-year-old Harwick man was arrested.'],
    ['A 32-year-old British climber died after a fall.'],
    ['Hurricane Dorota destroyed the clinic.'],
    ['The radical Weather Front group claimed it.'],
    ['The tourist Island of Vask was hit.'],
    ['Iran, the world’s fourth-largest oil producer, denied it.'],
    ['He told them he was “Deep Water” to his friends.'],
    ['Dimitri Sarn’s office said Sarn was away.'.replace(/Dimitri Sarn’s office said Sarn was away./, 'The Harwick Arts group said it was closed.')],
  ])('finds no person in %s', (input) => {
    expect(people(input)).toEqual([]);
  });
});

describe('a name one report treats as a person is one in the others', () => {
  it('accepts a bare name another report gives a title', () => {
    const r = check([
      { path: 'a', text: 'Sheriff Brannock Tiel closed the road.' },
      { path: 'b', text: 'Brannock Tiel closed the road at noon. Tiel left at six.' },
    ], { only: ['person'] });
    expect(r.findings.map((f) => [f.subject, f.verdict, f.claims.length])).toEqual([['Brannock Tiel', 'agree', 2]]);
  });
});
