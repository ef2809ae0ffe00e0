import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEX as PATTERN, lex, type Lex } from '../../src/extract/numbers/scan.js';

// The scanner's lexer without its character fast paths: every token from the regular
// expression. lex() must give exactly these tokens.
const LEX = new RegExp(PATTERN.source, PATTERN.flags);

function reference(text: string): Lex[] {
  const out: Lex[] = [];
  LEX.lastIndex = 0;
  for (let m = LEX.exec(text); m !== null; m = LEX.exec(text)) {
    const g = m.groups!;
    if (g.chain !== undefined) {
      for (const part of m[0].matchAll(/\d+|\./g)) {
        const start = m.index + part.index;
        out.push({ kind: part[0] === '.' ? 'punct' : 'num', text: part[0], lower: part[0], start, end: start + part[0].length });
      }
      continue;
    }
    const kind = g.num !== undefined || g.spaced !== undefined || g.comma !== undefined ? 'num' : g.word !== undefined ? 'word' : g.sym !== undefined ? 'sym' : g.dash !== undefined ? 'dash' : 'punct';
    out.push({ kind, text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

describe('lex', () => {
  const CASES = [
    'At least 25 people were killed, Mayor Anna Kovacs said on Monday.',
    'U.S. e.g. A. Smith Mr.Smith it\'s Kovacs’s Zürich naïve km2 10kg $5.5bn 3.5% ~40 -5 .5 1.2.3 192.168.1.2',
    '1 234 567, 40\u202f000 and 25 100-metre; 1,3 and 22,24,26; 1,000,000.50e-3 ½ 2½ x²',
    'tabs\tand\nnewlines\r\n\u00a0nbsp\u2003em\u3000ideographic\ufeffbom \u200bzero-width',
    '😀 𝐀𝐁 Ж中文 \ud800 lone surrogate, «quotes» “curly” ‘single’ — – ‐ ‑ − dashes',
    '',
    '   ',
  ];

  it.each(CASES)('reads %j as the regular expression does', (text) => {
    expect(lex(text)).toEqual(reference(text));
  });

  it('agrees with the regular expression on random text', () => {
    const char = fc.oneof(
      fc.constantFrom(...'aZ.\'’,;:-–$%~€½ 09\t\n\u00a0\u202f\u2009ÿéЖ😀()"/'.split('')),
      fc.string({ maxLength: 2 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(lex(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
