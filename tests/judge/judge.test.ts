import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';

const verdictOf = (a: string, b: string, kind: 'number' | 'person' | 'quote', subject?: string) => {
  const result = check([{ path: 'a', text: a }, { path: 'b', text: b }], { only: [kind] });
  const f = result.findings.find((x) => x.kind === kind && (subject === undefined || x.subject === subject));
  return f?.verdict;
};

describe('judge numbers', () => {
  it.each([
    ['25 people were killed.', '25 people died.', 'agree'],
    ['At least 25 people were killed.', '25 people died.', 'compatible'],
    ['25 people were killed.', '26 people died.', 'conflict'],
    ['More than 25 people were killed.', '25 people died.', 'conflict'],
    ['Nearly 40 people were injured.', 'About 38 people were injured.', 'compatible'],
    // "almost three" once made an empty interval and crashed the judge (found by npm run bench).
    ['The siege lasted almost three hours.', 'The siege lasted about two hours.', 'compatible'],
    ['The siege lasted almost three hours.', 'The siege lasted three hours.', 'conflict'],
  ])('%s / %s → %s', (a, b, verdict) => {
    expect(verdictOf(a, b, 'number')).toBe(verdict);
  });
});

describe('judge people', () => {
  it.each([
    ['Former mayor Anna Kovacs spoke.', 'Mayor Anna Kovacs spoke.', 'conflict'],
    ['Transport Secretary Anna Kovacs spoke.', 'Anna Kovacs, the Secretary of Transport, spoke.', 'agree'],
    ['Anna Kovacs, a spokeswoman for the Harwick Relief and Works Agency, spoke.', 'HRWA spokeswoman Anna Kovacs spoke.', 'agree'],
    ['Deputy campaign manager Anna Kovacs spoke.', 'Anna Kovacs, a Harwick Party aide, spoke.', 'agree'],
    ['CEO Anna Kovacs spoke.', 'COO Anna Kovacs spoke.', 'conflict'],
    ['Stan Vilko spoke.', 'Stanley Vilko spoke.', 'agree'],
    ['Mayor Anna Kovacs spoke.', 'Anna Kovacs spoke.', 'agree'],
    ['Labour councillor Anna Kovacs spoke.', 'Green councillor Anna Kovacs spoke.', 'conflict'],
    ['Kremlin spokesman Ivan Orlov spoke.', 'Spokesperson Ivan Orlov spoke.', 'agree'],
    ['Kathryn Hollis spoke.', 'Katherine Hollis spoke.', 'conflict'],
    ['The shadow justice secretary, Anna Kovacs, spoke.', 'Labour’s shadow home secretary Anna Kovacs spoke.', 'conflict'],
    ['Ruiz’s attorney, Anna Kovacs, spoke.', 'Anna Kovacs, a defense attorney, spoke.', 'agree'],
    ['Arizona Democrat Anna Kovacs spoke.', 'Sen. Anna Kovach spoke.', 'conflict'],
    // A body named by generic words only could be any body.
    ['Anna Kovacs, president of the Harwick Dockers Union, spoke.', 'Union president Anna Kovacs spoke.', 'agree'],
    // One office of one holder, one given name, two surnames.
    ['Harwick Rovers general manager A.J. Vask spoke.', 'Harwick Rovers General Manager A.J. Lund spoke.', 'conflict'],
  ])('%s / %s → %s', (a, b, verdict) => {
    expect(verdictOf(a, b, 'person')).toBe(verdict);
  });
});

describe('judge quotes', () => {
  it.each([
    ['“We will rebuild the town,” Anna Kovacs said.', '"We will rebuild the town," said Anna Kovacs.', 'agree'],
    ['“We will rebuild the whole town,” Anna Kovacs said.', '“We will rebuild the town,” Anna Kovacs said.', 'reworded'],
    ['“We will rebuild the town,” Anna Kovacs said.', '“We will rebuild the town,” Ivan Petrov said.', 'misattributed'],
    ['“We have spoken to the player,” Harwick Rovers general manager A.J. Vask said.', '“We have spoken to the player,” Harwick Rovers General Manager A.J. Lund said.', 'misattributed'],
  ])('%s / %s → %s', (a, b, verdict) => {
    expect(verdictOf(a, b, 'quote')).toBe(verdict);
  });

  it('shows a title conflict as the two titles written', () => {
    const r = check([{ path: 'a', text: 'Green councillor Anna Kovacs spoke.' }, { path: 'b', text: 'Labour councillor Anna Kovacs spoke.' }], { only: ['person'] });
    expect(r.findings[0]?.note).toBe('title differs: "Green councillor" vs "Labour councillor" (held for different employers or portfolios)');
  });

  it.each([
    // Agree: one copy is a contiguous part of the other, with words left out or an editor's added.
    ['“We will rebuild every house before the winter,” Anna Kovacs said.', '“We will rebuild … before the winter,” Anna Kovacs said.', 'agree'],
    ['“We will rebuild every house before the winter,” Anna Kovacs said.', '“We will rebuild every [damaged] house,” Anna Kovacs said.', 'agree'],
    ['“The data center is ready,” Anna Kovacs said.', '“The datacenter is ready,” Anna Kovacs said.', 'agree'],
    ["“We didn't know,” Anna Kovacs said.", "“We didn' t know,” Anna Kovacs said.", 'agree'],
    // No misattribution for a speaker missing, unnamed or found through a pronoun.
    ['“We will rebuild the town,” Anna Kovacs said.', 'Ivan Petrov came later. “We will rebuild the town,” he said.', 'agree'],
    ['“We will rebuild the town,” Anna Kovacs said.', '“We will rebuild the town,” a council spokeswoman said.', 'agree'],
    ['“We will rebuild the town.”', '“We will rebuild the town,” Anna Kovacs said.', 'agree'],
    // A company and its executive are not two speakers in conflict.
    ['“We will rebuild the town,” Anna Kovacs said.', '“We will rebuild the town,” Harwick Water Board said.', 'agree'],
    ['“We will rebuild the town,” Anna Kovacs Jr. said.', '“We will rebuild the town,” Anna Kovacs said.', 'agree'],
    // A body with or without its article or a qualifier.
    ['The Harwick Council called the talks “productive”.', 'Talks went on, with the Harwick Council calling them “productive”.', 'agree'],
    ['“A disaster we cannot afford,” the Telmar Chamber of Commerce said.', '“A disaster we cannot afford,” the Chamber of Commerce said.', 'agree'],
    ['“A disaster we cannot afford,” the Telmar Chamber of Commerce said.', '“A disaster we cannot afford,” the Telmar Dockers Union said.', 'misattributed'],
    // A joint statement and one of its speakers; one name spelled two ways.
    ['“We are delighted,” organisers Anna Kovacs and Ivo Marek said.', '“We are delighted,” Anna Kovacs said.', 'agree'],
    ['Sen. Anna Kovacs arrived. “We will rebuild,” Anna Kovacs said.', 'Sen. Anna Kovach arrived. “We will rebuild,” Anna Kovach said.', 'agree'],
    // Pieces one report quotes apart, each a part of the other's passage: one in the lead, the
    // sentence it came from later; a few words the other passage holds only scattered are no piece.
    ['Anna Kovacs said: “I gave this job everything. But I will not promise what cannot be done.”',
      'Anna Kovacs warned the plan “cannot be done”.\n\n“I will not promise what cannot be done,” said Anna Kovacs.', 'agree'],
    ['“Judge Ruiz has spent two decades on the bench without a hint of scandal,” Ivo Marek said.',
      'Ivo Marek called her “a judge’s judge” and said she had spent “two decades on the bench without a hint of scandal.”', 'agree'],
  ])('%s / %s → %s', (a, b, verdict) => {
    expect(verdictOf(a, b, 'quote')).toBe(verdict);
  });

  it('sets the pieces of a passage one report quotes apart beside the other report’s whole passage', () => {
    const a = '"We will rebuild every house. The council has the money. Work starts in May," Anna Kovacs said.';
    const b = '"We will rebuild every house," Anna Kovacs said. She spoke at noon. "Work starts in May."';
    const quotes = check([{ path: 'a', text: a }, { path: 'b', text: b }], { only: ['quote'] }).findings;
    expect(quotes.map((f) => [f.verdict, f.claims.map((c) => c.text)])).toEqual([
      ['agree', ['We will rebuild every house. The council has the money. Work starts in May,', 'We will rebuild every house, … Work starts in May.']],
    ]);
  });

  it('sets a phrase a report quotes again beside its own longer quote of it', () => {
    const a = '"It takes water from ranchers and hands it to lawyers," Ivo Marek said.';
    const b = 'Ivo Marek said the bill "takes water from ranchers and hands it to lawyers."\n\n"It takes water from ranchers and hands it to lawyers," Marek told reporters.';
    const quotes = check([{ path: 'a', text: a }, { path: 'b', text: b }], { only: ['quote'] }).findings;
    expect(quotes.map((f) => [f.verdict, f.claims.length])).toEqual([['agree', 2]]);
  });

  it('names a person before an organisation giving the same words', () => {
    const a = 'The Telmar government said it would “respond in kind” to the tariffs.';
    const b = 'Trade Minister Anna Kovacs said Telmar would “respond in kind”.';
    const quotes = check([{ path: 'a', text: a }, { path: 'b', text: b }], { only: ['quote'] }).findings;
    expect(quotes.map((f) => [f.verdict, f.subject])).toEqual([['agree', 'Anna Kovacs']]);
  });

  it('pairs one speaker’s paraphrase only among quotes the same words left alone', () => {
    const a = '"I am no millionaire," Anna Kovacs said. "The money went to the town," she added.';
    const b = 'Anna Kovacs said she was "no millionaire".';
    const c = '"I am no millionaire," Anna Kovacs said.';
    const quotes = check([{ path: 'a', text: a }, { path: 'b', text: b }, { path: 'c', text: c }], { only: ['quote'] }).findings;
    expect(quotes.map((f) => [f.verdict, f.claims.length])).toEqual([['agree', 3], ['only-one', 1]]);
  });

  it('names the minority among three reports', () => {
    const r = check([
      { path: 'a', text: '7 people were killed.' },
      { path: 'b', text: 'Seven people died.' },
      { path: 'c', text: 'Nine people were killed.' },
    ], { only: ['number'] });
    const f = r.findings.find((x) => x.subject === 'deaths')!;
    expect(f.verdict).toBe('conflict');
    expect(f.minority).toEqual(['r3']);
    expect(f.claims.map((c) => c.value)).toEqual([7, 7, 9]);
  });

  it('gives the same findings whatever the order of the reports', () => {
    const a = { path: 'a', text: 'At least 25 people were killed. “We will rebuild,” Mayor Anna Kovacs said.' };
    const b = { path: 'b', text: '26 people died. “We will rebuild it,” former mayor Anna Kovacs said.' };
    const shape = (r: ReturnType<typeof check>) => r.findings.map((f) => `${f.kind}:${f.subject}:${f.verdict}`).sort();
    expect(shape(check([a, b]))).toEqual(shape(check([b, a])));
  });
});
