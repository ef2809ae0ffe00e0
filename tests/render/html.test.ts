/**
 * The HTML renderer without a browser: escaping, the highlighted lines, the page's frame
 * (its policy, its size, its bytes), and the command line's --format html. What a
 * browser makes of the page is tested in tests/browser/.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineSpans, reportLines, type Highlight } from '../../src/render/html/columns.js';
import { attr, escapeHtml, flat, text } from '../../src/render/html/markup.js';
import { renderExtractHtml, renderHtml } from '../../src/render/html/index.js';
import { SCRIPT } from '../../src/render/html/client.js';
import { STYLE } from '../../src/render/html/style.js';
import { locator } from '../../src/render/positions.js';
import { check, extractReport } from '../../src/check.js';
import { runCli } from '../helpers.js';

const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'];
const options = { color: false, conflictsOnly: false };

describe('markup', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['</style>', '&lt;/style&gt;'],
    ['a "b" & \'c\'', 'a &quot;b&quot; &amp; &#39;c&#39;'],
    ['&lt;', '&amp;lt;'],
    ['javascript:alert(1)', 'javascript:alert(1)'],
    ['rtl \u202eevil', 'rtl <span class="ctl">U+202E</span>evil'],
    ['isolate \u2067x\u2069', 'isolate <span class="ctl">U+2067</span>x<span class="ctl">U+2069</span>'],
    ['escape \u001b[31m', 'escape <span class="ctl">U+001B</span>[31m'],
    ['tab\tkept', 'tab\tkept'],
    ['émoji 😀', 'émoji 😀'],
  ])('text(%j)', (input, output) => {
    expect(text(input)).toBe(output);
  });

  it.each([
    ['a\n\n  b\tc', 'a b c'],
    ['<b>\u202e', '&lt;b&gt;<span class="ctl">U+202E</span>'],
  ])('flat(%j)', (input, output) => {
    expect(flat(input)).toBe(output);
  });

  it.each([
    ['"><script>', '&quot;&gt;&lt;script&gt;'],
    ['a\u202eb\nc', 'a\\u202eb c'],
  ])('attr(%j)', (input, output) => {
    expect(attr(input)).toBe(output);
  });

  it('escapeHtml leaves no markup character', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s))));
  });
});

const h = (start: number, end: number, items: number[], tone = 'agree', title = 't'): Highlight => ({ span: { start, end }, tone, items, title });
const all = (): boolean => true;

describe('reportLines', () => {
  it('numbers the lines as positions.ts does (LF, CRLF, CR, U+2028)', () => {
    const s = 'one\r\ntwo\rthree\u2028four\nfive';
    const lines = lineSpans(s);
    expect(lines.map((l) => s.slice(l.start, l.end))).toEqual(['one', 'two', 'three', 'four', 'five']);
    const at = locator({ id: 'r1', path: 'p', text: s, bytes: 0 });
    for (const [n, l] of lines.entries()) expect(at(l.start).line).toBe(n + 1);
    expect(reportLines(s, [], all).match(/data-n="\d+"/g)).toEqual(['1', '2', '3', '4', '5'].map((n) => `data-n="${n}"`));
  });

  it.each([
    ['one claim', 'Seven died.', [h(0, 5, [0])], '<mark class="m c-agree" data-f="0" title="t">Seven</mark> died.'],
    [
      'a number inside a quote: nested, outermost first',
      '"We lost 7 men," he said.',
      [h(1, 14, [0], 'reworded', 'q'), h(9, 10, [1], 'conflict', 'n')],
      '&quot;<mark class="m c-reworded" data-f="0" title="q">We lost </mark><mark class="m c-reworded" data-f="0" title="q"><mark class="m c-conflict" data-f="1" title="n">7</mark></mark><mark class="m c-reworded" data-f="0" title="q"> men</mark>,&quot; he said.',
    ],
    [
      'overlapping claims: cut where they cross',
      'abcdef',
      [h(0, 4, [0]), h(2, 6, [1])],
      '<mark class="m c-agree" data-f="0" title="t">ab</mark><mark class="m c-agree" data-f="0" title="t"><mark class="m c-agree" data-f="1" title="t">cd</mark></mark><mark class="m c-agree" data-f="1" title="t">ef</mark>',
    ],
    [
      'two findings on one claim: the first given colours it, both select it',
      'Seven died.',
      [h(0, 5, [3], 'conflict', 'deaths: conflict'), h(0, 5, [1], 'agree', 'dead: agree')],
      '<mark class="m c-conflict" data-f="3 1" title="deaths: conflict; dead: agree">Seven</mark> died.',
    ],
    ['empty and out-of-range spans are dropped or clipped', 'abc', [h(1, 1, [0]), h(2, 99, [1])], 'ab<mark class="m c-agree" data-f="1" title="t">c</mark>'],
    ['markup in the text and the title is escaped', 'a<b>', [h(1, 4, [0], 'agree', '"x"')], 'a<mark class="m c-agree" data-f="0" title="&quot;x&quot;">&lt;b&gt;</mark>'],
  ])('%s', (_name, s, highlights, html) => {
    expect(reportLines(s, highlights, all)).toBe(`<div class="l"><span class="n" data-n="1"></span><span class="s">${html}</span></div>`);
  });

  it('a claim across lines is marked on each line; a hidden one is switched off', () => {
    const out = reportLines('ab\ncd', [h(1, 4, [0])], () => false).split('\n');
    expect(out).toEqual([
      '<div class="l"><span class="n" data-n="1"></span><span class="s">a<mark class="m c-agree off" data-f="0" title="t">b</mark></span></div>',
      '<div class="l"><span class="n" data-n="2"></span><span class="s"><mark class="m c-agree off" data-f="0" title="t">c</mark>d</span></div>',
    ]);
  });

  it('for any spans, the marks balance and the text reads back whole', () => {
    const arb = fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '<', '&', '\u202e'), maxLength: 40 }).chain((s) =>
      fc.tuple(fc.constant(s), fc.array(fc.tuple(fc.nat(s.length), fc.nat(s.length)), { maxLength: 8 })),
    );
    fc.assert(
      fc.property(arb, ([s, pairs]) => {
        const html = reportLines(s, pairs.map(([a, b], i) => h(Math.min(a, b), Math.max(a, b), [i])), all);
        const opened = (html.match(/<mark /g) ?? []).length;
        const closed = (html.match(/<\/mark>/g) ?? []).length;
        const back = html
          .split('\n')
          .map((l) => l.replace(/<span class="ctl">U\+202E<\/span>/g, '\u202e').replace(/<[^>]*>/g, ''))
          .join('\n')
          .replace(/&lt;/g, '<')
          .replace(/&amp;/g, '&');
        return opened === closed && back === s.replace(/\r\n|\r/g, '\n');
      }),
    );
  });
});

describe('page', () => {
  const result = check(PAIR.map((path) => ({ path, text: `Mayor Ines Carvalho said 7 people died. ${path}` })));

  it('allows its own style and script by hash, and nothing else', () => {
    const html = renderHtml(result, options);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const sha = (s: string): string => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect([style, script]).toEqual([STYLE, SCRIPT]);
    expect(policy).toBe(`default-src 'none'; style-src ${sha(STYLE)}; script-src ${sha(SCRIPT)}; base-uri 'none'; form-action 'none'`);
  });

  it('keeps its own code and styles under 100 KB', () => {
    const frame = renderHtml(check([{ path: 'a', text: '' }, { path: 'b', text: '' }]), options);
    expect(Buffer.byteLength(frame)).toBeLessThan(100 * 1024);
  });

  it('gives the same bytes for the same input', () => {
    expect(renderHtml(result, options)).toBe(renderHtml(result, options));
  });

  it('a report that holds markup adds no element: its text stays text', () => {
    const evil = '</style></script><script>alert(1)</script><img src=x onerror=alert(2)> "<b>We</b>," Mayor <i>Ines</i> Carvalho said of 7 <a href="javascript:alert(3)">dead</a>.';
    const html = renderHtml(check([{ path: '<script>x</script>.txt', text: evil }, { path: 'b.txt', text: 'Seven people died.' }]), options);
    const tags = [...html.matchAll(/<(\/?[a-z][a-z0-9]*)/g)].map((m) => m[1]);
    const count = (t: string): number => tags.filter((x) => x === t).length;
    // Ours: one script, one stylesheet, one link (to skip to the reports).
    expect([count('script'), count('/script'), count('/style'), count('a'), count('img'), count('i')]).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('lists findings in the order the text report gives them: compatible before agree', async () => {
    // check() lists an agreement of plant-explosion before its compatible figures.
    const reports = ['local.txt', 'wire.txt'].map((f) => `fixtures/plant-explosion/${f}`);
    const { stdout: text } = await runCli([...reports, '--color', 'never']);
    const textOrder = [...text.matchAll(/^([!?~≈=]) /gm)].map((m) => ({ '!': 'conflict', '?': 'unsupported', '~': 'reworded', '≈': 'compatible', '=': 'agree' })[m[1] as '!']);
    const { stdout: html } = await runCli([...reports, '-f', 'html']);
    const htmlOrder = [...html.matchAll(/<li class="f c-[\w-]+" id="f\d+" data-i="\d+" data-v="([\w-]+)"/g)].map((m) => m[1]).filter((v) => v !== 'only-one' && v !== 'misattributed');
    expect(htmlOrder).toEqual(textOrder);
  });

  it('marks a finding a baseline accepts, and counts them in the header', () => {
    const conflicts = check(PAIR.map((path, i) => ({ path, text: `${i + 7} people died. Mayor Ines Carvalho spoke.` })));
    const known = new Set(conflicts.findings.filter((f) => f.verdict === 'conflict'));
    expect(known.size).toBe(1);
    const marked = renderHtml(conflicts, { ...options, known });
    expect(marked.match(/<span class="kn"[^>]*>baseline<\/span>/g)).toHaveLength(1);
    expect(marked).toMatch(/<li class="f c-conflict"[^>]*><button[^>]*><span class="b">conflict<\/span> <span class="kn"/);
    expect(marked).toContain('1 known from the baseline');
    expect(renderHtml(conflicts, options)).not.toMatch(/class="kn"|from the baseline/);
  });

  it('cites reports in notes by their labels', () => {
    const html = renderHtml(check(PAIR.map((path, i) => ({ path, text: `${i + 7} people died.` }))), options);
    expect(html).toMatch(/7 \(<span class="tag">A<\/span>\) vs 8 \(<span class="tag">B<\/span>\)/);
  });

  it('an extraction page lists and highlights every claim', () => {
    const rc = extractReport({ path: 'a.txt', text: '"We will rebuild," Mayor Ines Carvalho said after 7 people died.' });
    const html = renderExtractHtml(rc, options);
    expect(html.match(/<li class="f /g)).toHaveLength(rc.claims.length);
    for (const [i] of rc.claims.entries()) expect(html).toContain(`data-f="${i}"`);
  });
});

describe('--format html', () => {
  it('writes a page with the exit status of the other formats', async () => {
    const text = await runCli([...PAIR]);
    const html = await runCli([...PAIR, '--format', 'html', '--color', 'always']);
    expect(html.code).toBe(text.code);
    expect(html.stdout).toMatch(/^<!doctype html>\n/);
    expect(html.stdout).not.toMatch(/\x1b\[/);
  });

  it('--conflicts-only renders the rest hidden, its filter boxes unticked', async () => {
    const { stdout } = await runCli([...PAIR, '--format', 'html', '--conflicts-only']);
    expect(stdout).toMatch(/<input type="checkbox" name="v" value="agree"> agree/);
    expect(stdout).toMatch(/<input type="checkbox" name="v" value="conflict" checked data-conflict> conflict/);
    expect(stdout).toMatch(/<li class="f c-agree" [^>]*data-v="agree"[^>]* hidden>/);
    expect(stdout).not.toMatch(/<li class="f c-conflict" [^>]* hidden>/);
    expect(stdout).toMatch(/<mark class="m c-agree off"/);
  });

  it('extract --format html', async () => {
    const { code, stdout } = await runCli(['extract', PAIR[0]!, '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/<title>factdiff extract: fixtures\/council-titles\/gazette\.txt<\/title>/);
  });
});
