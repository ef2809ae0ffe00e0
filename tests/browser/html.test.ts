/**
 * The HTML report in a real browser: headless Chromium (Debian's `chromium`, through
 * playwright-core, scripts/chromium.mjs) over pages made by the command line. The page
 * loads with no console error and no request; its findings and highlights are the JSON
 * output's; a click selects; a hostile report runs nothing. A screenshot of a fixture's
 * report goes to test-output/ (UPDATE_SCREENSHOT=1 also copies it to docs/, for the README).
 * Without Chromium these tests skip, saying how to install it; with
 * FACTDIFF_REQUIRE_BROWSER=1 (.ci/run sets it) they fail instead.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, INSTALL, launchChromium } from '../../scripts/chromium.mjs';
import { ROOT, runCli } from '../helpers.js';

const required = process.env.FACTDIFF_REQUIRE_BROWSER === '1';
if (!hasChromium && !required) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM}; install it with: ${INSTALL}`);

const OUTPUT = join(ROOT, 'test-output');
const FIXTURES = readdirSync(join(ROOT, 'fixtures'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'clusters')
  .map((d) => d.name)
  .sort();
const reportsOf = (fixture: string): string[] =>
  readdirSync(join(ROOT, 'fixtures', fixture)).filter((f) => /\.(?:txt|html|md)$/.test(f)).sort().map((f) => `fixtures/${fixture}/${f}`);

interface JsonClaim { report: string; start: number; end: number }
interface JsonFinding { kind: string; verdict: string; subject: string; claims: JsonClaim[] }
interface JsonResult { reports: { id: string; path: string }[]; findings: JsonFinding[]; summary: Record<string, number> }

/** What the page shows, read from its DOM. */
interface Shown {
  findings: { i: number; verdict: string; kind: string; subject: string }[];
  columns: Record<string, { f: number[]; tone: string; text: string }[]>;
  summary: Record<string, number>;
}

let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-html-'));

/** Writes the CLI's HTML for `args` to a file and returns its path. */
async function htmlFile(name: string, args: string[]): Promise<string> {
  const { stdout, stderr } = await runCli([...args, '--format', 'html']);
  expect(stderr).toBe('');
  const file = join(tmp, `${name}.html`);
  writeFileSync(file, stdout);
  return file;
}

/** Opens a page, recording console errors, uncaught errors, dialogs and requests. */
async function open(file: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[]; requests: string[]; dialogs: string[] }> {
  const page = await browser!.context.newPage();
  // A missing element fails its test at once, with its locator, rather than at the test's timeout.
  page.setDefaultTimeout(4_000);
  if (viewport) await page.setViewportSize(viewport);
  const errors: string[] = [];
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, errors, requests, dialogs };
}

function readShown(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const columns: Shown['columns'] = {};
    for (const t of Array.from(document.querySelectorAll<HTMLElement>('.text'))) {
      columns[t.id.slice(2)] = Array.from(t.querySelectorAll<HTMLElement>('mark.m')).map((m) => ({
        f: m.dataset.f!.split(' ').map(Number),
        tone: Array.from(m.classList).find((c) => c.startsWith('c-'))!.slice(2),
        text: Array.from(m.childNodes).map((n) => n.textContent).join(''),
      }));
    }
    const summary: Record<string, number> = {};
    for (const chip of Array.from(document.querySelectorAll('.summary .chip'))) summary[chip.textContent!.replace(/^\d+ /, '')] = Number(chip.querySelector('b')!.textContent);
    return {
      findings: Array.from(document.querySelectorAll<HTMLElement>('li.f')).map((li) => ({
        i: Number(li.dataset.i), verdict: li.dataset.v!, kind: li.dataset.k!, subject: li.querySelector('.subj')!.textContent!,
      })),
      columns,
      summary,
    };
  });
}

const SEVERITY = ['conflict', 'misattributed', 'unsupported', 'reworded'];
const rank = (v: string): number => (SEVERITY.includes(v) ? SEVERITY.indexOf(v) : 9);

describe.skipIf(!hasChromium && !required)('HTML report in Chromium', { timeout: 30_000 }, () => {
  beforeAll(async () => {
    if (!hasChromium) throw new Error(`no Chromium at ${CHROMIUM}: install it with ${INSTALL}`);
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FIXTURES)('%s: loads with no console error and no request; findings and highlights are the JSON output', async (fixture) => {
    const args = reportsOf(fixture);
    const json = JSON.parse((await runCli([...args, '--format', 'json'])).stdout) as JsonResult;
    const file = await htmlFile(fixture, args);
    const { page, errors, requests } = await open(file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    const shown = await readShown(page);
    // Every finding, once, with its verdict, kind and subject, in order of severity.
    expect(shown.findings.map((f) => f.i).sort((a, b) => a - b)).toEqual(json.findings.map((_, i) => i));
    for (const f of shown.findings) expect([f.verdict, f.kind, f.subject]).toEqual([json.findings[f.i]!.verdict, json.findings[f.i]!.kind, json.findings[f.i]!.subject]);
    const ranks = shown.findings.map((f) => rank(f.verdict));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const [v, n] of Object.entries(json.summary)) expect(shown.summary[v], v).toBe(n);
    // Every claim highlighted in its report's column, over exactly its text; nothing else highlighted.
    const texts = new Map(json.reports.map((r) => [r.id, readFileSync(join(ROOT, r.path), 'utf8')]));
    const pairs = new Set<string>();
    json.findings.forEach((f, i) => {
      for (const c of f.claims) {
        pairs.add(`${i} ${c.report}`);
        const marks = shown.columns[c.report]!.filter((m) => m.f.includes(i));
        // JSON's offsets point into the file; a report read out of HTML or Markdown shows
        // its text as read, white space collapsed.
        const markup = /\.(?:html|md)$/.test(json.reports.find((r) => r.id === c.report)!.path);
        const file = texts.get(c.report)!.slice(c.start, c.end);
        const expected = markup ? file.replace(/\s+/g, ' ') : file.replace(/\r\n|[\r\n\u2028\u2029]/g, '');
        expect(marks.map((m) => m.text).join(''), `${f.subject} in ${c.report}`).toBe(expected);
        expect(marks.every((m) => rank(m.tone) <= rank(f.verdict))).toBe(true);
      }
    });
    for (const [report, marks] of Object.entries(shown.columns)) for (const m of marks) for (const i of m.f) expect(pairs.has(`${i} ${report}`)).toBe(true);
    await page.close();
  });

  it('a click on a finding selects it and scrolls every column to its claims; a click on a claim selects its finding', async () => {
    // Report A holds its figure after a long stretch of text, so its column must scroll to it.
    const filler = 'The river rose slowly through the night and the water reached the old town square.\n\n'.repeat(60);
    const dir = mkdtempSync(join(tmp, 'scroll-'));
    writeFileSync(join(dir, 'a.txt'), `${filler}Seven people were killed in the flood, Mayor Ines Carvalho said.\n`);
    writeFileSync(join(dir, 'b.txt'), 'Nine people were killed in the flood, Mayor Ines Carvalho said.\n');
    const file = await htmlFile('scroll', [join(dir, 'a.txt'), join(dir, 'b.txt')]);
    const { page, errors } = await open(file, { width: 1280, height: 600 });
    const conflict = page.locator('li.f[data-v="conflict"]').first();
    const i = await conflict.getAttribute('data-i');
    await conflict.locator('.pick').click();
    await expect.poll(() => conflict.getAttribute('class')).toMatch(/\bsel\b/);
    expect(await conflict.locator('.pick').getAttribute('aria-pressed')).toBe('true');
    const selected = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('mark.sel')).map((m) => m.dataset.f));
    expect(selected.length).toBe(2);
    expect(selected.every((f) => f!.split(' ').includes(i!))).toBe(true);
    // Each selected claim lies inside its column's visible box.
    const inView = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('mark.sel')).map((m) => {
        const box = m.closest('.text')!.getBoundingClientRect();
        const r = m.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom;
      }),
    );
    expect(inView).toEqual([true, true]);
    expect(await page.evaluate(() => document.querySelector('#t-r1')!.scrollTop)).toBeGreaterThan(0);
    expect(page.url()).toMatch(new RegExp(`#f${i}$`));
    // A click on the other finding's claim in the text selects that finding instead.
    const person = page.locator('li.f[data-k="person"]').first();
    const j = await person.getAttribute('data-i');
    await page.locator(`#t-r2 mark.m[data-f~="${j}"]`).first().click();
    await expect.poll(() => person.getAttribute('class')).toMatch(/\bsel\b/);
    expect(await conflict.getAttribute('class')).not.toMatch(/\bsel\b/);
    expect(await page.locator('mark.sel').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard, and filters hide findings and their highlights', async () => {
    const file = await htmlFile('keys', reportsOf('plant-explosion'));
    const { page, errors } = await open(file);
    const picks = page.locator('li.f:not([hidden]) .pick');
    await picks.first().focus();
    await page.keyboard.press('ArrowDown');
    const second = await picks.nth(1).evaluate((b) => b.parentElement!.dataset.i);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).parentElement!.dataset.i)).toBe(second);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#f${second}`).getAttribute('class')).toMatch(/\bsel\b/);
    await page.keyboard.press('Escape');
    expect(await page.locator('li.f.sel').count()).toBe(0);
    await page.keyboard.press('j');
    expect(await page.locator('li.f.sel').count()).toBe(1);
    // Filters: agreements off, then "Conflicts only", then everything back.
    await page.locator('input[name="v"][value="agree"]').uncheck();
    expect(await page.locator('li.f[data-v="agree"]:not([hidden])').count()).toBe(0);
    const agreeMarks = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('mark.c-agree')).every((m) => m.classList.contains('off')));
    expect(agreeMarks).toBe(true);
    await page.locator('button[data-preset="conflicts"]').click();
    expect(await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('li.f:not([hidden])')).every((li) => /conflict|misattributed/.test(li.dataset.v!)))).toBe(true);
    await page.locator('button[data-preset="all"]').click();
    expect(await page.locator('li.f[hidden]').count()).toBe(0);
    await page.locator('input[name="k"][value="number"]').uncheck();
    expect(await page.locator('li.f[data-k="number"]:not([hidden])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('--conflicts-only opens with only the conflicts shown, the rest a click away', async () => {
    const file = await htmlFile('conflicts-only', [...reportsOf('council-titles'), '--conflicts-only']);
    const { page } = await open(file);
    const visible = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('li.f:not([hidden])')).map((li) => li.dataset.v));
    expect(visible.length).toBeGreaterThan(0);
    expect(visible.every((v) => v === 'conflict' || v === 'misattributed')).toBe(true);
    await page.locator('input[name="v"][value="agree"]').check();
    expect(await page.locator('li.f[data-v="agree"]:not([hidden])').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a hostile report runs nothing and shows its markup and controls as text', async () => {
    const dir = mkdtempSync(join(tmp, 'hostile-'));
    const evil = [
      'Mayor Anna Kovacs said 12 people were hurt <script>window.__pwned = 1</script> in the fire.',
      '</style><script>window.__pwned = 2</script><style> The fire chief said "<img src=x onerror="window.__pwned = 3">" twice.',
      '"We will rebuild <svg onload="window.__pwned = 4"></svg>," Kovacs said. <a href="javascript:window.__pwned = 5">javascript:alert(1)</a>',
      '<iframe src="javascript:alert(6)"></iframe> <meta http-equiv="refresh" content="0;url=javascript:alert(7)"> <!-- </textarea> ]]>',
      'Bidi: \u202eevil\u202c, isolate \u2067x\u2069, zero\u200bwidth, arabic mark \u061c, escape \u001b[31m.',
    ].join('\n\n');
    writeFileSync(join(dir, 'a<script>alert(8)<\\script>.txt'), `${evil}\n`);
    writeFileSync(join(dir, 'b.txt'), 'Mayor Anna Kovacs said 14 people were hurt in the fire.\n\n"We will rebuild," Kovacs said.\n');
    const file = await htmlFile('hostile', [join(dir, 'a<script>alert(8)<\\script>.txt'), join(dir, 'b.txt')]);
    const { page, errors, requests, dialogs } = await open(file);
    const nothingRan = async (): Promise<void> => {
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
    };
    await nothingRan();
    // Nor does anything run when the page is used.
    await page.locator('li.f .pick').first().click();
    await page.locator('#t-r1 mark.m').first().click();
    await nothingRan();
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('img, svg, iframe, body meta, .text a, .text style').count()).toBe(0);
    const column = await page.locator('#t-r1').textContent();
    expect(column).toContain('<script>window.__pwned = 1</script>');
    expect(column).toContain('</style><script>');
    expect(column).toContain('href="javascript:window.__pwned = 5"');
    expect(column).not.toMatch(/[\u202e\u202c\u2067\u2069\u200b\u061c\u001b]/);
    expect(await page.locator('#t-r1 .ctl').allTextContents()).toEqual(['U+202E', 'U+202C', 'U+2067', 'U+2069', 'U+200B', 'U+061C', 'U+001B']);
    expect(await page.locator('.col h2').first().textContent()).toContain('a<script>alert(8)<\\script>.txt');
    await page.close();
  });

  it('prints the findings with their evidence, then the reports in full', async () => {
    const file = await htmlFile('print', reportsOf('council-titles'));
    const { page } = await open(file);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      filters: getComputedStyle(document.querySelector('.filters')!).display,
      text: getComputedStyle(document.querySelector('.text')!).overflowY,
      panes: getComputedStyle(document.querySelector('.panes')!).display,
      list: getComputedStyle(document.querySelector('#findings')!).overflowY,
    }));
    expect(styles).toEqual({ filters: 'none', text: 'visible', panes: 'block', list: 'visible' });
    // The folded only-one list opens for printing and folds again after.
    const folded = () => page.evaluate(() => (document.getElementById('only') as HTMLDetailsElement).open);
    expect(await folded()).toBe(false);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await folded()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await folded()).toBe(false);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('saves a screenshot of a fixture\'s report, a conflict selected', async () => {
    const file = await htmlFile('bridge-three-reports', reportsOf('bridge-three-reports'));
    const { page } = await open(file, { width: 1100, height: 600 });
    await page.locator('li.f[data-v="conflict"] .pick').first().click();
    mkdirSync(OUTPUT, { recursive: true });
    const shot = join(OUTPUT, 'html-report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
    console.info(`screenshot: ${shot}`);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      copyFileSync(shot, join(ROOT, 'docs', 'html-report.png'));
    }
    await page.close();
  });
});
