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
