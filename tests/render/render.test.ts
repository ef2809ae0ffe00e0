import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { around, safe } from '../../src/render/escape.js';
import { locator } from '../../src/render/positions.js';

describe('safe', () => {
  it.each([
    ['\u001b[31mred', '\\x1b[31mred'],
    ['a\u202eb', 'a\\u202eb'],
    ['arabic letter mark \u061c', 'arabic letter mark \\u061c'],
    ['zero\u200bwidth', 'zero\\u200bwidth'],
    ['line\nbreak\ttab', 'line break tab'],
    ['émoji 😀 ok', 'émoji 😀 ok'],
  ])('%j', (input, output) => {
    expect(safe(input)).toBe(output);
  });
});

describe('locator', () => {
  it.each([
    ['LF', 'ab\ncd', 3, { line: 2, column: 1 }],
    ['CRLF', 'ab\r\ncd', 5, { line: 2, column: 2 }],
    ['CR', 'ab\rcd', 4, { line: 2, column: 2 }],
    ['code points', '😀x', 2, { line: 1, column: 2 }],
  ])('%s', (_n, text, offset, position) => {
    expect(locator({ id: 'r1', path: 'p', text, bytes: 0 })(offset)).toEqual(position);
  });

  it('gives what counting code points from the line start gives, at every offset', () => {
    const naive = (text: string, offset: number) => {
      const before = text.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
      return { line: before.length, column: [...before.at(-1)!].length + 1 };
    };
    const piece = fc.constantFrom('a', 'é', '😀', '\ud83d', '\ude00', '\n', '\r', '\r\n', '\u2028', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const at = locator({ id: 'r1', path: 'p', text, bytes: 0 });
        for (let offset = 0; offset <= text.length; offset++) {
          // (No claim starts between the halves of a CRLF.)
          if (text[offset - 1] !== '\r' || text[offset] !== '\n') expect(at(offset)).toEqual(naive(text, offset));
        }
      }),
    );
  });

  it('locates every claim of a 1 MB line in linear time (issue 25, item 7)', () => {
    // 1 MB on one line, a claim every 100 characters: counting from the line start per
    // claim took minutes; the count is checked against the offset, which is the column here.
    const text = 'x'.repeat(1 << 20);
    const at = locator({ id: 'r1', path: 'p', text, bytes: 0 });
    let sum = 0;
    for (let offset = 0; offset < text.length; offset += 100) sum += at(offset).column - offset;
    expect(sum).toBe(Math.ceil(text.length / 100));
  });
});

describe('around', () => {
  it('keeps short text whole and shortens long text around the span', () => {
    expect(around('short', 0, 5)).toBe('short');
    const long = `${'word '.repeat(40)}TARGET${' word'.repeat(40)}`;
    const at = long.indexOf('TARGET');
    const cut = around(long, at, at + 6, 60);
    expect(cut).toContain('TARGET');
    expect(cut.startsWith('…') && cut.endsWith('…')).toBe(true);
  });
});
