import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/index.js';
import { findQuoteSpans } from '../../src/extract/quotes/marks.js';
import { segmentReport } from '../../src/segment/index.js';
import type { QuoteClaim } from '../../src/types.js';

function quotes(t: string): [string, string | null][] {
  return extractClaims(t, segmentReport(t), ['quote'])
    .filter((c): c is QuoteClaim => c.kind === 'quote')
    .map((c) => [c.words, c.speaker]);
}

describe('extract quotes and speakers', () => {
  it.each([
    ['after: X said', '“We will rebuild the town,” Anna Kovacs said.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['after: said X', '"We will rebuild the town," said Mayor Anna Kovacs.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['pronoun', 'Anna Kovacs arrived at noon. “We will rebuild the town,” she said.', [['We will rebuild the town,', 'Anna Kovacs']]],
    ['before: X said', 'Anna Kovacs said the town would be “rebuilt within a year”.', [['rebuilt within a year', 'Anna Kovacs']]],
    ['participle after a comma: the subject', 'Anna Kovacs met Ivan Petrov on Monday, calling the talks “a real step forward”.', [['a real step forward', 'Anna Kovacs']]],
    ['according to', '“The dam held for now,” according to engineer Lars Moen.', [['The dam held for now,', 'Lars Moen']]],
    ['colon', 'Transport minister Olek Danowski: "The bridge was safe."', [['The bridge was safe.', 'Olek Danowski']]],
    ['block quote and speaker line', '“We expect the toll to rise.”\nAnna Kovacs, regional governor (statement)\nMore text follows here.', [['We expect the toll to rise.', 'Anna Kovacs']]],
    ['no speaker stays null', 'The sign read “no entry after dark”.', [['no entry after dark', null]]],
    ['split by its attribution', '“We are ready,” Anna Kovacs said. “The rest is up to them.”', [['We are ready,', 'Anna Kovacs'], ['The rest is up to them.', 'Anna Kovacs']]],
    ['guillemets', '«Nous sommes prêts», said Anna Kovacs.', [['Nous sommes prêts', 'Anna Kovacs']]],
    ['unambiguous single quotes', "Anna Kovacs called it 'a historic day for us'.", [['a historic day for us', 'Anna Kovacs']]],
  ])('%s', (_name, input, expected) => {
    expect(quotes(input)).toEqual(expected);
  });

  it('continues a quote across paragraphs when the next one opens with a mark', () => {
    const t = '“We will rebuild,” said Anna Kovacs. “It will take years.\n\n“But we will do it.”';
    expect(quotes(t).map(([w]) => w)).toEqual(['We will rebuild,', 'It will take years. But we will do it.']);
  });

  it('drops a quote that never closes', () => {
    const t = 'He said “this never ends\n\nAnother paragraph.';
    expect(findQuoteSpans(t, [{ start: 0, end: 24 }, { start: 26, end: t.length }])).toEqual([]);
  });

  it('ignores apostrophes', () => {
    expect(quotes("The workers' union and Anna's team met.")).toEqual([]);
  });
});
