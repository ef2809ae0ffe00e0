import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import { displayWidth, fit, padEnd, screenRows } from '../../src/render/layout.js';

describe('displayWidth', () => {
  it.each([
    ['ascii', 'deaths: 25', 10],
    ['wide CJK', '東京で地震', 10],
    ['fullwidth digits', '２５人', 6],
    ['Hangul syllables', '서울', 4],
    ['combining acute (decomposed é)', 'cafe\u0301', 4],
    ['combining marks stacked', 'a\u0301\u0323b', 2],
    ['zero-width joiner and variation selector', 'a\u200d\ufe0fb', 2],
    ['emoji (wide)', 'ok 😀', 5],
    ['colour codes take no column', '\u001b[1m\u001b[31m東京\u001b[39m\u001b[22m', 4],
  ])('%s', (_name, s, width) => {
    expect(displayWidth(s)).toBe(width);
  });

  it('pads by display width', () => {
    expect(padEnd('東京', 6)).toBe('東京  ');
    expect(padEnd('cafe\u0301', 6)).toBe('cafe\u0301  ');
  });
});

describe('fit', () => {
  const words = 'Officials said at least twenty-five people were killed and dozens more were injured on Monday.';

  it.each([20, 33, 47, 80])('no line is wider than %i columns, and no word is lost', (width) => {
    const lines = fit('  > ', words, width, 6);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines[0]!.startsWith('  > ')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith('      ') && line[6] !== ' ').toBe(true);
    expect(lines.map((l) => l.trim().replace(/^> /, '')).join(' ')).toBe(words);
  });

  it('cuts text without spaces (Japanese) by display width, two columns a character', () => {
    const text = '東京で地震があり、少なくとも二十五人が死亡したと当局が発表した。';
    const lines = fit('', text, 20, 0);
    expect(lines.map(displayWidth)).toEqual([20, 20, 20, 4]);
    expect(lines.join('')).toBe(text);
  });

  it('never separates a combining mark from its letter', () => {
    const text = `${'e\u0301'.repeat(30)}`;
    const lines = fit('', text, 20, 0);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(20);
      expect(line.startsWith('\u0301')).toBe(false);
    }
    expect(lines.join('')).toBe(text);
  });

  it('breaks a word longer than a line (a URL)', () => {
    const lines = fit('see ', `https://example.org/${'a'.repeat(60)}`, 30, 2);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('closes colours at a break and opens them again on the next line', () => {
    const c = new Chalk({ level: 1 });
    const lines = fit('', c.red(`${'red words '.repeat(6)}end`), 20, 0);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(0, -1)) expect(line.endsWith('\u001b[0m')).toBe(true);
    for (const line of lines.slice(1)) expect(line.startsWith('\u001b[31m')).toBe(true);
    expect(lines.at(-1)!.endsWith('\u001b[39m')).toBe(true);
  });

  it('keeps a space before a styled word out of the style', () => {
    const c = new Chalk({ level: 1 });
    const [line] = fit('', `one ${c.underline('two')}`, 40, 0);
    expect(line).toBe('one \u001b[4mtwo\u001b[24m');
  });

  it('leaves the text on one line when there is no width', () => {
    expect(fit('> ', words, undefined, 4)).toEqual([`> ${words}`]);
  });
});

describe('screenRows', () => {
  it('counts a line wider than the screen as several rows', () => {
    expect(screenRows('a\nb\n', 80)).toBe(2);
    expect(screenRows(`${'x'.repeat(100)}\nb\n`, 80)).toBe(3);
    expect(screenRows(`${'東'.repeat(50)}\n`, 80)).toBe(2);
  });
});

describe('fit with a prefix wider than the line', () => {
  it('puts the text on its own lines and cuts the prefix to the width', () => {
    const prefix = `    fixtures/${'very-long-folder/'.repeat(3)}report.txt:12:7  `;
    const lines = fit(prefix, 'Anna Kovacs — regional transport minister', 30, 8);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[0]!.startsWith('    fixtures/')).toBe(true);
    expect(lines.at(-1)!.startsWith('        ')).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('Anna Kovacs — regional transport minister');
  });
});
