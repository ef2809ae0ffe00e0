/**
 * Golden tests: every fixtures/<case>/ is run through main() in-process, in text and JSON,
 * and compared with the expected output and exit status stored beside it.
 * UPDATE_GOLDEN=1 rewrites the expectations; review their diff like code.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'clusters')
  .map((d) => d.name)
  .sort();
const update = process.env.UPDATE_GOLDEN === '1';

describe.each(cases)('fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const reports = readdirSync(dir).filter((f) => /\.(?:txt|html|md)$/.test(f)).sort().map((f) => `fixtures/${name}/${f}`);

  it.each([
    ['text', 'expected.stdout'],
    ['json', 'expected.json'],
  ])('%s output and exit status', async (format, file) => {
    const { code, stdout, stderr } = await runCli([...reports, '--format', format, '--color', 'never']);
    expect(stderr).toBe('');
    const expectedPath = join(dir, file);
    const exitPath = join(dir, 'expected.exit');
    if (update || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, stdout);
      writeFileSync(exitPath, `${code}\n`);
    }
    expect(stdout).toBe(readFileSync(expectedPath, 'utf8'));
    expect(code).toBe(Number(readFileSync(exitPath, 'utf8').trim()));
  });
});

it('covers every verdict across the fixtures', async () => {
  const seen = new Set<string>();
  for (const name of cases) {
    const doc = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { findings: { verdict: string }[] };
    for (const f of doc.findings) seen.add(f.verdict);
  }
  expect([...seen].sort()).toEqual(['agree', 'compatible', 'conflict', 'misattributed', 'only-one', 'reworded']);
});
