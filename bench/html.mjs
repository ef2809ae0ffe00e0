// The HTML report in the test browser (headless Chromium, scripts/chromium.mjs): how long a
// page comparing four reports of about 5 KB each takes to load and show, and to select a
// finding. The four reports are the four reports of one event each (the first clusters of
// ../shared/corpus/dev with four reports, or our own fixtures without it), each report
// followed by the same-numbered report of the next clusters until it reaches 5 KB.
// Run by bench/run.mjs, or alone: `node bench/html.mjs [--json]` (after `npm run build`).
// Prints a line (or, with --json, the figures); skips, saying so, without Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM, hasChromium, INSTALL, launchChromium } from '../scripts/chromium.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SIZE = 5 * 1024;
const json = process.argv.includes('--json');

if (!hasChromium) {
  const message = `no Chromium at ${CHROMIUM}; install it with: ${INSTALL}`;
  console.log(json ? JSON.stringify({ skipped: message }) : `HTML report: skipped (${message})`);
  process.exit(0);
}

/** Groups of texts about one event, four or more each, in a stable order. */
function clusters() {
  const dev = join(ROOT, '..', 'shared', 'corpus', 'dev');
  const base = existsSync(dev) ? dev : join(ROOT, 'fixtures', 'clusters');
  const groups = readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((d) => readdirSync(join(base, d)).filter((f) => f.endsWith('.txt')).sort().map((f) => join(base, d, f)));
  const four = groups.filter((g) => g.length >= 4);
  return { source: base === dev ? 'shared/corpus/dev' : 'fixtures/clusters', groups: four.length > 0 ? four : groups.filter((g) => g.length >= 2) };
}

const { source, groups } = clusters();
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-bench-html-'));
const reports = [0, 1, 2, 3].map((i) => {
  let text = '';
  for (const g of groups) {
    if (Buffer.byteLength(text) >= SIZE) break;
    text += `${readFileSync(g[i % g.length], 'utf8').trim()}\n\n`;
  }
  // Cut at the last space before 5 KB.
  while (Buffer.byteLength(text) > SIZE) text = text.slice(0, text.lastIndexOf(' ', text.length - 2));
  const file = join(tmp, `report-${i + 1}.txt`);
  writeFileSync(file, `${text.trimEnd()}\n`);
  return file;
});
const page = join(tmp, 'report.html');
try {
  execFileSync(process.execPath, [join(ROOT, 'bin', 'factdiff.js'), ...reports, '--format', 'html', '-o', page], { cwd: ROOT });
} catch (error) {
  if (error.status !== 1) throw error;
}
const html = readFileSync(page, 'utf8');
const findings = (html.match(/<li class="f /g) ?? []).length;
const marks = (html.match(/<mark /g) ?? []).length;
const pageBytes = Buffer.byteLength(html);
const reportBytes = reports.map((f) => statSync(f).size);

const browser = await launchChromium({ width: 1440, height: 900 });
const rounds = [];
try {
  for (let r = 0; r < ROUNDS; r++) {
    const tab = await browser.context.newPage();
    // The first frame after the load event: the page parsed, styled, its script run, laid out and drawn.
    await tab.addInitScript(() => addEventListener('load', () => requestAnimationFrame(() => { window.__shown = performance.now(); })));
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    await tab.waitForFunction(() => window.__shown !== undefined);
    rounds.push(
      await tab.evaluate(async () => {
        const nav = performance.getEntriesByType('navigation')[0];
        const pick = document.querySelector('li.f .pick');
        const t = performance.now();
        pick.click();
        void document.body.offsetHeight;
        return { loadMs: nav.loadEventEnd, shownMs: window.__shown, selectMs: performance.now() - t };
      }),
    );
    await tab.close();
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
const median = (key) => {
  const xs = rounds.map((r) => r[key]).sort((a, b) => a - b);
  return xs[Math.floor(xs.length / 2)];
};
const result = {
  rounds: ROUNDS,
  source,
  reports: reports.length,
  reportBytes,
  pageBytes,
  findings,
  marks,
  loadMs: median('loadMs'),
  shownMs: median('shownMs'),
  selectMs: median('selectMs'),
  eachRound: rounds,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`HTML report, ${result.reports} reports of ${result.reportBytes.join(', ')} bytes (${source}), a page of ${pageBytes} bytes, ${findings} findings, ${marks} highlights; median of ${ROUNDS} page loads in headless Chromium:`);
  console.log(`  loaded ${result.loadMs.toFixed(0)} ms and first frame drawn ${result.shownMs.toFixed(0)} ms after navigation began (target: under 1 s); a finding selected in ${result.selectMs.toFixed(1)} ms`);
}
