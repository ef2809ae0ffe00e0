import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { findQuoteSpans } from '../../src/extract/quotes/marks.js';
import { segmentReport } from '../../src/segment/index.js';
import type { QuoteClaim } from '../../src/types.js';

function claims(t: string): QuoteClaim[] {
  return extractClaims(t, segmentReport(t), ['quote']).filter((c): c is QuoteClaim => c.kind === 'quote');
}

function quotes(t: string): [string, string | null][] {
  return claims(t).map((c) => [c.words, c.speaker]);
}

describe('extract quotes and speakers', () => {
  it.each([
    ['after: X said', '“We will rebuild the town,” Anna Kovacs said.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['after: said X', '"We will rebuild the town," said Mayor Anna Kovacs.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['after: said X, the title', '"We will rebuild the town," said Anna Kovacs, the mayor of Harwick.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['after: X, an appositive with an age and a clause, told', '"I saw the roof fall in," Tomas Brandt, 43, a baker who lives nearby, told the Harwick Gazette.', [['I saw the roof fall in,', 'Tomas Brandt']]],
    ['after: the title, then the name set off by commas', '"We will rebuild," the mayor of Harwick, Anna Kovacs, said on Sunday.', [['We will rebuild,', 'Anna Kovacs']]],
    ['after: X wrote', '"We will rebuild the town," Anna Kovacs wrote on her blog.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['after: a partial quote, the attribution at the end of the sentence', 'The town faces an "unprecedented" rebuilding effort, Anna Kovacs said.', [['unprecedented', 'Anna Kovacs']]],
    ['before: X said: “…”', 'Anna Kovacs said: "We will rebuild the town."', [['We will rebuild the town.', 'Anna Kovacs']]],
    ['before: X said in a statement', 'Anna Kovacs said in a statement: "We will rebuild the town."', [['We will rebuild the town.', 'Anna Kovacs']]],
    ['before: X said the town would be “…”', 'Anna Kovacs said the town would be “rebuilt within a year”.', [['rebuilt within a year', 'Anna Kovacs']]],
    ['before: a partial quote inside reported speech', 'Anna Kovacs called the allegations “very, very troubling”.', [['very, very troubling', 'Anna Kovacs']]],
    ['before: one word said by someone is a quote', 'Anna Kovacs called the plan an “insult”.', [['insult', 'Anna Kovacs']]],
    ['participle after a comma: the subject', 'Anna Kovacs met Ivan Petrov on Monday, calling the talks “a real step forward”.', [['a real step forward', 'Anna Kovacs']]],
    ['participle after a preposition: the subject', 'Anna Kovacs answered the critics by saying that the plan was “a real step forward”.', [['a real step forward', 'Anna Kovacs']]],
    ['a participle clause after the quote is no attribution', 'Anna Kovacs called it "the best day we have had", adding that the town had waited years for "a plan that works".', [['the best day we have had', 'Anna Kovacs'], ['a plan that works', 'Anna Kovacs']]],
    ['a clause of its own after the quote is no attribution', 'Ivan Petrov said there were “no new offers” on the table, while the council claimed it had made three.', [['no new offers', 'Ivan Petrov']]],
    ['according to', '“The dam held for now,” according to engineer Lars Moen.', [['The dam held for now,', 'Lars Moen']]],
    ['colon', 'Transport minister Olek Danowski: "The bridge was safe."', [['The bridge was safe.', 'Olek Danowski']]],
    ['block quote and speaker line', '“We expect the toll to rise.”\nAnna Kovacs, regional governor (statement)\nMore text follows here.', [['We expect the toll to rise.', 'Anna Kovacs']]],
    ['a sentence after a block quote is no speaker line', '“We expect the toll to rise.”\nAnna Kovacs said more help was coming.', [['We expect the toll to rise.', null]]],
    ['split by its attribution', '“We are ready,” Anna Kovacs said. “The rest is up to them.”', [['We are ready,', 'Anna Kovacs'], ['The rest is up to them.', 'Anna Kovacs']]],
    ['guillemets', '«Nous sommes prêts», said Anna Kovacs.', [['Nous sommes prêts', 'Anna Kovacs']]],
    ['unambiguous single quotes', "Anna Kovacs called it 'a historic day for us'.", [['a historic day for us', 'Anna Kovacs']]],
    ['a parenthetical inverted attribution', 'It is, said Mayor Anna Kovacs, the town’s “last good chance”.', [['last good chance', 'Anna Kovacs']]],
    ['the attribution ending the sentence', 'Police were looking for a man seen as a “career criminal” and hoped to find him, officials said.', [['career criminal', 'officials']]],
    ['an infinitive of speaking takes its clause’s subject', 'Anna Kovacs would not say more, except to say that the town “moved very fast”.', [['moved very fast', 'Anna Kovacs']]],
    ['a participle opening the sentence takes the main clause’s subject', 'Calling the plan “really bold”, Anna Kovacs showed the map.', [['really bold', 'Anna Kovacs']]],
    ['a speech verb before an infinitive is no attribution', 'Harwick Water Board says it will continue to supply the town “for the foreseeable future.”', [['for the foreseeable future.', 'Harwick Water Board']]],
    ['a speech participle read as an adjective', 'The film shows a tired Anna Kovacs telling the crowd to “go home now.”', [['go home now.', 'Anna Kovacs']]],
    ['a name said of oneself in capitals is a quote', 'Anna Kovacs said she saw herself as a “Lone Wolf” in the council.', [['Lone Wolf', 'Anna Kovacs']]],
    ['after: two people as one subject', '"We are delighted," organisers Anna Kovacs and Ivo Marek said in a statement.', [['We are delighted,', 'Anna Kovacs and Ivo Marek']]],
    ['the sentence ends "said X" with a long appositive', '"The lights went out," grabbed his coat and left, said Tomas Brandt, 48, a baker at the shop on Main Street, a mile from the plant.', [['The lights went out,', 'Tomas Brandt']]],
    ['before: the person’s appositive, its closing comma left out', 'Anna Kovacs, Deputy Chief Engineer at Harwick Water Services says the dam is "beyond repair".', [['beyond repair', 'Anna Kovacs']]],
    ['before: filed "as" the words by an agent', 'No one was hurt in the fire, which is being treated by police as "possibly deliberate".', [['possibly deliberate', 'police']]],
    ['before: filed "as" the words by the subject', 'Police are treating the fire as "possibly deliberate".', [['possibly deliberate', 'Police']]],
    ['before: condemned as', 'Anna Kovacs condemned the raid as "barbaric".', [['barbaric', 'Anna Kovacs']]],
    ['before: apologised for', 'Anna Kovacs has apologised for the "needless distress".', [['needless distress', 'Anna Kovacs']]],
    ['before: a verb after "and" shares the clause’s subject', 'The finance minister, Anna Kovacs, froze fuel duty on Wednesday and promised "the biggest cut in a generation".', [['the biggest cut in a generation', 'Anna Kovacs']]],
    ['after: a party and state in brackets between the name and the verb', '"The votes are there," Sen. Anna Kovacs (D-Harwick) said.', [['The votes are there,', 'Anna Kovacs']]],
    ['after: a compound adjective in the subject', '"It is a fair offer," the Harwick-based Telmar Council said.', [['It is a fair offer,', 'Telmar Council']]],
    ['after: commented X', '"Rates will fall by summer," commented Ivo Marek, economist at Telmar Bank.', [['Rates will fall by summer,', 'Ivo Marek']]],
    ['before: "X said, adding “…”" is X’s', 'Anna Kovacs met the bankers. The Telmar lenders hold half the seats, she said, adding "It is a stitch-up."', [['It is a stitch-up.', 'Anna Kovacs']]],
    ['before: quoted the one quoted as saying', 'It quoted a statement by the army as saying its units had "routed the rebels."', [['routed the rebels.', 'a statement']]],
    ['before: the listener named before the colon is no speaker', 'Senator Anna Kovacs told HTV\'s Jake Marek: "We will not back down."', [['We will not back down.', 'Anna Kovacs']]],
    ['after: a role "from" a place', '"The market is calm," a trader from Harwick said.', [['The market is calm,', 'a trader from Harwick']]],
    ['a scare quote in the paragraph after a quote stays the writer’s',
      '"The whole shelf shook," said Tomas Brandt, owner of the shop.\n\nThe so-called "safe zone" was closed.', [['The whole shelf shook,', 'Tomas Brandt']]],
    ['after: a bracketed part inside the speaker’s name', '"Margins will recover," an analyst at Harwick Securities (T.N.) Ltd said.', [['Margins will recover,', 'an analyst at Harwick Securities (T.N.) Ltd']]],
    ['after: a quote inside the writer’s phrase, the sentence ending with its attribution',
      'The plan was a start, "but not the end of the matter" for orchard owners, the president of the Harwick Growers Association said.', [['but not the end of the matter', 'the president of the Harwick Growers Association']]],
    ['one lower-case word in single marks', "Anna Kovacs wrote that the pledge was 'undeliverable'.", [['undeliverable', 'Anna Kovacs']]],
    ['described as: someone’s words, unnamed', 'A driver, described as "visibly shaken", was questioned.', [['visibly shaken', null]]],
    ['before: a name after a role’s link word is not the subject', 'A spokesman for Ron Lowe said the speaker was "confident" it would pass.', [['confident', 'A spokesman for Ron Lowe']]],
  ])('%s', (_name, input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it.each([
    ['"he" is the nearest earlier person of his gender, across sentences',
      'Mayor Anna Kovacs met Ivan Petrov on Monday. Kovacs left early. "We will rebuild," he said.', 'Ivan Petrov'],
    ['"she" skips a man named after her',
      'Mayor Anna Kovacs met Ivan Petrov on Monday. "We will rebuild," she said.', 'Anna Kovacs'],
    ['a sentence led by a pronoun is about whom the pronoun means, not the names after it',
      'Mayor Anna Kovacs toured the site. At 60, she is the age Maria Lind was when she left office.\n"We will rebuild," she said.', 'Anna Kovacs'],
    ['a pronoun learns the gender: a later "she" is not the man named between',
      'Dana Holt closed the road. "Nobody goes in," she said. Chris Lowe, her deputy, agreed. "Nobody," she added.', 'Dana Holt'],
    ['a name inside a quote is no antecedent',
      'Anna Kovacs spoke first. "I told Ivan Petrov we would rebuild," she said. "He agreed," she added.', 'Anna Kovacs'],
    ['"the sheriff" is the sheriff named earlier', 'Sheriff Dana Holt closed the road at noon. "Nobody goes in," the sheriff said.', 'Dana Holt'],
    ['"the diplomat" is the unnamed diplomat quoted earlier',
      '"Nothing has changed," said a Western diplomat. "Power rests with one man," the diplomat added.', 'a Western diplomat'],
    ['"she" after a sentence an unnamed spokeswoman speaks in is that spokeswoman',
      'Sheriff Dana Holt closed the road. A police spokeswoman said two people were missing. "The search goes on," she said.', 'A police spokeswoman'],
    ['a phrase with a link keeps its head', '"No sign of weakness," a spokesman for the water authority said.', 'a spokesman for the water authority'],
    ['an organisation as speaker, as written', '"The plant will reopen in May," the ministry said.', 'the ministry'],
    ['an organisation by name', '"The plant will reopen in May," Harwick Water Board said.', 'Harwick Water Board'],
    ['an unnamed speaker, as the text calls them', '"Get out now," a police spokeswoman said.', 'a police spokeswoman'],
    ['"it" is the organisation quoted just before', '"The plant is safe," the ministry said. "It will reopen in May," it said.', 'the ministry'],
    ['a quote opening its paragraph after a sentence of reported speech is that speaker’s',
      'Anna Kovacs also said the town would need help.\n"We cannot do this alone."', 'Anna Kovacs'],
    ['"the Kentucky Republican" is the person named just before',
      'Minority Leader Graham Lowe told reporters it was "not the bill I would have written."\n\n"It spends too much," the Kentucky Republican said.', 'Graham Lowe'],
    ['"the HRWA official" is the person named before with a title of that body',
      'Some 12 were hurt, according to Anna Kovacs, HRWA\'s head of field services. The men were "farmers sheltering from the storm," the HRWA official said.', 'Anna Kovacs'],
    ['"the senator from Ohio" is the senator named before', 'Sen. Anna Kovacs spoke first. "We will not back down," the senator from Ohio said.', 'Anna Kovacs'],
    ['a role no one named holds stays as written', 'Anna Kovacs was hit by a bus. "I did not see her," the driver said.', 'the driver'],
    ['"she answered": not the man who asked whether she agreed',
      'Judge Anna Kovacs took questions. Sen. Wade Lowe asked whether she agreed. "The court has said so," she answered.', 'Anna Kovacs'],
    ['an object "her" says nothing of the gender of the subject before it',
      'Judge Anna Kovacs took questions. Sen. Kiran Lowe pressed her on a ruling. "I want to hear more," he said.', 'Kiran Lowe'],
    ['a quote opening its paragraph after "…, he said, demanding …" is his',
      'Some 12 were hurt, according to Ivo Marek, the director.\nThe floods show the need for new levees, he said, demanding a review.\n"I hope the money comes soon."', 'Ivo Marek'],
    ['"he" after "the Secretary-General said" is the Secretary-General',
      'Harwick Union Secretary-General Lee Jae-hoon spoke. Mr. Ivo Marek, his deputy, agreed. "The route was agreed," the Secretary-General said. Nothing changed. "I am saddened," he said.', 'Lee Jae-hoon'],
    ['"he" after a description of someone named is that person, not an unnamed source',
      'Some 12 were hurt, according to Ivo Marek, HRWA\'s head of field services.\nThe men were "farmers sheltering from the storm," the HRWA official said.\nThe floods show the need for new levees, he said.\n"I hope the money comes soon."', 'Ivo Marek'],
    ['the next paragraph of a quote attributed at the end of its sentence',
      '"The lights went out," grabbed his coat and left, said Tomas Brandt, 48, a baker at the shop.\n"We just ran."', 'Tomas Brandt'],
    ['words in the first person in the paragraph after a quote are that speaker’s',
      '"The whole shelf shook," said Tomas Brandt, owner of the shop.\n\nOnly a few tins fell, but "our windows rattled."', 'Tomas Brandt'],
    ['a quote within a quote is attributed inside it',
      '"Two witnesses say the officers said, \'Stop right there,\'" Anna Kovacs said.', 'the officers'],
  ])('%s', (_name, input, speaker) => {
    expect(claims(input).at(-1)?.speaker).toBe(speaker);
  });

  it('tells a named person, an organisation and an unnamed source apart', () => {
    const t = '"We are ready," said Anna Kovacs. "We are not," Harwick Water Board said. "Nobody is," a police spokeswoman said.';
    expect(claims(t).map((c) => [c.speakerKind, c.attribution])).toEqual([['person', 'said-after'], ['organisation', 'said-after'], ['unnamed', 'said-after']]);
  });

  it('takes no speaker from a sentence before the quote that reports no one speaking', () => {
    const t = 'Tomas Brandt apologised before his sentence was announced.\n"I am sorry for what I did."';
    expect(quotes(t)).toEqual([['I am sorry for what I did.', null]]);
  });

  it('keeps how an inferred speaker was found', () => {
    const t = 'Anna Kovacs arrived. "We will rebuild," she said. "It will take years."';
    expect(claims(t).map((c) => c.attribution)).toEqual(['pronoun', 'continuation']);
  });

  it('continues a quote across paragraphs when the next one opens with a mark', () => {
    const t = '“We will rebuild,” said Anna Kovacs. “It will take years.\n\n“But we will do it.”';
    expect(quotes(t).map(([w]) => w)).toEqual(['We will rebuild,', 'It will take years. But we will do it.']);
  });

  it('reads a quote broken over lines without marks as one quote with one speaker', () => {
    const t = '"The roof came down.\nWe ran outside.\nNobody was hurt," said Tomas Brandt.\nThe fire was out by noon.';
    expect(quotes(t)).toEqual([['The roof came down. We ran outside. Nobody was hurt,', 'Tomas Brandt']]);
  });

  it('gives the next paragraph of a statement, unattributed, to the same speaker', () => {
    const t = '"The roof came down," said Tomas Brandt.\n\n"Nobody was hurt."\n\nThe fire was out by noon.';
    expect(quotes(t)).toEqual([['The roof came down,', 'Tomas Brandt'], ['Nobody was hurt.', 'Tomas Brandt']]);
  });

  it('reads a single-quoted passage over lines without marks as one quote', () => {
    const t = "Tomas Brandt said the roof was gone because 'the storm came in fast.\nNobody saw it coming.\nWe ran.'\nThe fire was out by noon.";
    expect(quotes(t)).toEqual([['the storm came in fast. Nobody saw it coming. We ran.', 'Tomas Brandt']]);
  });

  it('closes a quote at a mark after its comma though spaced off the words', () => {
    expect(quotes('"We will rebuild the town, "Anna Kovacs said.')).toEqual([['We will rebuild the town,', 'Anna Kovacs']]);
  });

  it('drops a quote that never closes', () => {
    const t = 'He said “this never ends\n\nAnother paragraph.';
    expect(findQuoteSpans(t, [{ start: 0, end: 24 }, { start: 26, end: t.length }])).toEqual([]);
  });

  it('does not let an inch mark close a quote carried over lines', () => {
    const t = 'It said "the screen is huge\nThe 17" model ships in May.';
    expect(findQuoteSpans(t, [{ start: 0, end: 27 }, { start: 28, end: t.length }])).toEqual([]);
  });

  it('ignores apostrophes', () => {
    expect(quotes("The workers' union and Anna's team met.")).toEqual([]);
  });
});

describe('what is not a quote', () => {
  it.each([
    ['a sign text nobody says', 'The sign read “no entry after dark”.'],
    ['scare quotes in the writer’s own voice', 'The so-called “peace plan” was rejected on Monday.'],
    ['a title of a work', 'She starred in “The Long Winter Road” last year.'],
    ['a nickname', 'Andrew “The Hammer” Kowal won again on Saturday.'],
    ['a quote inside the writer’s phrase takes no attribution from far after it',
      'Anna Kovacs spoke out against Telmar’s "reckless" cuts to three clinics, where patients were waiting, with a senior official calling for a review.'],
    ['one lower-case word in single marks inside the writer’s clause', "Chaos in Harwick as 200 fans 'rampage' through the square."],
    ['a term named by "what is called"', 'Brokers may engage in what is called "cross-selling" at the branch.'],
    ['a nickname in single marks', "A memorial for Kimberly 'Kit' Vask was held."],
    ['a title of a work, even in a sentence with a speaker', 'Anna Kovacs said she loved “The Long Winter Road” as a child.'],
  ])('%s', (_name, input) => {
    expect(quotes(input)).toEqual([]);
  });

  it('keeps an unattributed passage that is a statement of its own', () => {
    expect(quotes('“We will not leave until the last family is safe.”')).toEqual([['We will not leave until the last family is safe.', null]]);
  });
});
