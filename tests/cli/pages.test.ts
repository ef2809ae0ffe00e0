import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageNames } from '../../src/cli/pages.js';
import { ROOT, runCli } from '../helpers.js';

/** Stories: two fixtures and one that cannot be checked. */
function stories(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-pages-'));
  for (const name of ['plant-explosion', 'council-titles']) cpSync(join(ROOT, 'fixtures', name), join(dir, name), { recursive: true, filter: (p) => !/expected/.test(p) });
  mkdirSync(join(dir, 'a-broken'));
  writeFileSync(join(dir, 'a-broken', 'only.txt'), 'Seven people died.');
  return dir;
}

describe('pageNames', () => {
  it('makes unique, safe file names from story names', () => {
    expect(pageNames(['fire', 'Fire', 'fire', 'index', '../../etc/passwd', '<b>x</b>', '', '...', 'Zürich fire', 'a/b'])).toEqual([
      'fire.html', 'Fire-2.html', 'fire-3.html', 'index-2.html', 'etc-passwd.html', 'b-x-b.html', 'story.html', 'story-2.html', 'Zürich-fire.html', 'a-b.html',
    ]);
  });
});

describe('batch --format html', () => {
  it('writes a page per story and an index with the stories that conflict first', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'factdiff-site-')), 'site');
    const { code, stdout } = await runCli(['batch', stories(), '-f', 'html', '-o', out]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['council-titles.html', 'index.html', 'plant-explosion.html']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    const rows = [...index.matchAll(/<tr[^>]*><td>(?:<a href="([^"]+)">)?([^<]+)/g)].map((m) => [m[2], m[1] ?? null]);
    // council-titles has 3 conflicts, plant-explosion 1; the failed story follows the conflicts.
    expect(rows).toEqual([['council-titles', 'council-titles.html'], ['plant-explosion', 'plant-explosion.html'], ['a-broken', null]]);
    expect(index).toMatch(/3 stories: 2 with conflicts, 1 failed\./);
    expect(index).not.toMatch(/<script/);
    const page = readFileSync(join(out, 'council-titles.html'), 'utf8');
    expect(page).toMatch(/<a href="index\.html">All stories<\/a>/);
    expect(page).toMatch(/<h1>factdiff: council-titles<\/h1>/);
  });

  it('needs -o DIR, and DIR must not be a file', async () => {
    const none = await runCli(['batch', stories(), '-f', 'html']);
    expect([none.code, none.stdout]).toEqual([2, '']);
    expect(none.stderr).toMatch(/^factdiff: batch --format html writes a page per story and an index\.html: give -o DIR\n$/);
    const file = join(mkdtempSync(join(tmpdir(), 'factdiff-site-')), 'taken');
    writeFileSync(file, 'mine');
    const onFile = await runCli(['batch', stories(), '-f', 'html', '-o', file]);
    expect(onFile.code).toBe(2);
    expect(onFile.stderr).toMatch(/not a directory/);
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('never writes a page over a report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-site-'));
    cpSync(join(ROOT, 'fixtures', 'council-titles', 'herald.txt'), join(dir, 'index.html'));
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'm.json'), JSON.stringify([{ name: 'council', reports: ['index.html', `${ROOT}/fixtures/council-titles/gazette.txt`] }]));
    const { code, stderr } = await runCli(['batch', join(dir, 'm.json'), '-f', 'html', '-o', dir]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/index\.html would overwrite one of the reports/);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, 'council.html'))).toBe(false);
  });
});
