import { describe, expect, it } from 'vitest';
import { segmentReport } from '../../src/segment/index.js';
import { splitSentences } from '../../src/segment/sentences.js';

const texts = (t: string) => segmentReport(t).map((s) => [s.kind, t.slice(s.span.start, s.span.end)]);

describe('segmentReport', () => {
  it.each([
    ['one sentence per segment', 'He left. She stayed.', [['sentence', 'He left.'], ['sentence', 'She stayed.']]],
    ['abbreviations do not split', 'U.S. Secretary of State Jane Roe spoke at 5 p.m. on Monday.', [['sentence', 'U.S. Secretary of State Jane Roe spoke at 5 p.m. on Monday.']]],
    ['headings', 'Main Event\nThe blast happened at dawn.', [['heading', 'Main Event'], ['sentence', 'The blast happened at dawn.']]],
    ['list items drop their marker', '- At least 3 died.\n- Two fled.', [['list-item', 'At least 3 died.'], ['list-item', 'Two fled.']]],
    ['CRLF line endings', 'First line here.\r\n\r\nSecond one.', [['sentence', 'First line here.'], ['sentence', 'Second one.']]],
    ['wrapped lines join one paragraph', 'The council voted on Thursday night to approve the long delayed\nextension of the line.', [['sentence', 'The council voted on Thursday night to approve the long delayed\nextension of the line.']]],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('reads a markdown table: header, separator skipped, rows with cells', () => {
    const t = '| Item | Figure |\n|---|---|\n| Dead | 25 |';
    const segs = segmentReport(t);
    expect(segs.map((s) => s.kind)).toEqual(['heading', 'table-row']);
    const row = segs[1]!;
    expect(row.cells.map((c) => t.slice(c.start, c.end))).toEqual(['Dead', '25']);
    expect(row.header).toEqual(['Item', 'Figure']);
  });

  it('keeps offsets pointing into the original text', () => {
    const t = '  Intro line without end\n\n  He said it.  ';
    for (const s of segmentReport(t)) expect(t.slice(s.span.start, s.span.end)).toBe(t.slice(s.span.start, s.span.end).trim());
  });
});

describe('splitSentences', () => {
  it('does not split after an initial', () => {
    const t = 'J. Smith arrived. Then he left.';
    expect(splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))).toEqual(['J. Smith arrived.', 'Then he left.']);
  });
});
