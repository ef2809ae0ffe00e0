import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/render/github.js';
import { artifactLocation, RULES } from '../../src/render/sarif.js';
import { HOMEPAGE } from '../../src/version.js';
import { ROOT, runCli } from '../helpers.js';

const PAIR = ['fixtures/council-titles/gazette.txt', 'fixtures/council-titles/herald.txt'];

// The official SARIF 2.1.0 schema (draft-04), as shipped in Microsoft's @microsoft/jest-sarif
// package; validated with Ajv's draft-04 build. (The package's own matchers need Jest.)
let validateSarif: ((doc: unknown) => boolean) & { errors?: unknown };
beforeAll(async () => {
  const { default: Ajv } = await import('ajv-draft-04');
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
  validateSarif = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(schema);
});

describe('machine formats', () => {
  it('jsonl: reports, findings, one summary last; every line parses', async () => {
    const { code, stdout } = await runCli([...PAIR, '-f', 'jsonl']);
    expect(code).toBe(1);
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
    expect(records.slice(0, 2).map((r) => r.type)).toEqual(['report', 'report']);
    expect(records.at(-1)!.type).toBe('summary');
    expect(records.filter((r) => r.type === 'summary')).toHaveLength(1);
    expect(records.filter((r) => r.type === 'finding').length).toBeGreaterThan(3);
  });

  it('sarif: 2.1.0, declared rules, one result per conflict with related locations and fingerprints', async () => {
    const { stdout } = await runCli([...PAIR, '-f', 'sarif']);
    const doc = JSON.parse(stdout);
    expect(validateSarif(doc), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(validateSarif({ ...doc, version: '3.0' })).toBe(false);
    expect(doc.version).toBe('2.1.0');
    const run = doc.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.results).toHaveLength(3);
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.artifactLocation.uri).toMatch(/^fixtures\/council-titles\/\w+\.txt$/);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.relatedLocations).toHaveLength(1);
      expect(r.partialFingerprints['factdiffFinding/v1']).toMatch(/^[0-9a-f]{16}$/);
    }
  });

  it('github: escaped annotations, errors first, a final notice', async () => {
    const { stdout } = await runCli([...PAIR, '-f', 'github']);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, -1).every((l) => l.startsWith('::error file=fixtures/council-titles/'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^::notice::factdiff: 2 reports: 3 agree/);
  });

  it('github: control characters from a report are shown escaped, never sent to the CI log raw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-github-esc-'));
    const quote = '"We will \x1b[2Jrebuild the bridge this year,"';
    writeFileSync(join(dir, 'a\x07.txt'), `${quote} Mayor Ines Carvalho said.\n`);
    writeFileSync(join(dir, 'b.txt'), `${quote} Governor Tomas Reyes said.\n`);
    const { stdout } = await runCli([join(dir, 'a\x07.txt'), join(dir, 'b.txt'), '-f', 'github']);
    expect(stdout).toMatch(/^::error .*misattributed/m);
    expect(stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
    expect(stdout).toContain('We will \\x1b[2Jrebuild');
  });

  it.each([
    ['100%', '100%25', '100%25'],
    ['a:b,c', 'a:b,c', 'a%3Ab%2Cc'],
    ['one\r\ntwo', 'one%0D%0Atwo', 'one%0D%0Atwo'],
  ])('github escaping of %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  it('markdown: tables with escaped cells and word diffs', async () => {
    const { stdout } = await runCli([...PAIR, '-f', 'markdown']);
    expect(stdout).toMatch(/^## factdiff/);
    expect(stdout).toMatch(/\| ❌ conflict \| Priya Raman \|/);
    expect(stdout).toMatch(/~~Green~~/);
  });

  it.each(['json', 'jsonl', 'sarif', 'github', 'markdown'])('--conflicts-only: %s lists conflicts and misattributed quotes only, its summary still counts all', async (format) => {
    const STADIUM = ['fixtures/stadium-quotes/city.txt', 'fixtures/stadium-quotes/sport.txt'];
    expect((await runCli([...STADIUM, '-f', format])).stdout).toMatch(/reworded/);
    const { code, stdout } = await runCli([...STADIUM, '-f', format, '--conflicts-only']);
    expect(code).toBe(1);
    const records = format === 'jsonl' ? stdout.trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: { verdict: string } }) : [];
    switch (format) {
      case 'json':
      case 'jsonl': {
        const doc = format === 'json' ? JSON.parse(stdout) : { findings: records.filter((r) => r.type === 'finding').map((r) => r.data), summary: records.at(-1)!.data };
        expect(doc.findings.map((f: { verdict: string }) => f.verdict)).toEqual(['misattributed']);
        expect(doc.summary).toMatchObject({ misattributed: 1, reworded: 1, agree: 6 });
        break;
      }
      case 'sarif':
        expect(JSON.parse(stdout).runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['quote-misattributed']);
        break;
      case 'github': {
        const annotations = stdout.trim().split('\n').slice(0, -1);
        expect(annotations).toHaveLength(1);
        expect(annotations[0]).toMatch(/^::error .*misattributed/);
        break;
      }
      default:
        expect(stdout).toMatch(/\| ❌ misattributed \|/);
        expect(stdout).not.toMatch(/\| ✏️ reworded|\| ✅ agree/);
    }
  });

  it('markdown: worst first, in the summary and in each table, as the text report orders them', async () => {
    const { stdout } = await runCli(['fixtures/ferry-markup/broadcaster.html', 'fixtures/ferry-markup/newsdesk.md', '-f', 'markdown']);
    expect(stdout.split('\n')[2]).toBe('❌ 2 conflict · ✅ 7 agree · ➕ 2 only-one');
    const numbers = stdout.slice(stdout.indexOf('### Numbers'), stdout.indexOf('### People'));
    const rows = [...numbers.matchAll(/^\| \S+ (\w+) \| ([^|]+) \|/gm)].map((m) => `${m[1]} ${m[2]!.trim()}`).slice(1);
    expect(rows).toEqual(['conflict deaths', 'conflict day', 'agree passengers', 'agree crew', 'agree people', 'agree rescued']);
  });

  it('machine formats carry no colour even when forced', async () => {
    for (const f of ['json', 'jsonl', 'sarif', 'github', 'markdown']) {
      expect((await runCli([...PAIR, '-f', f, '--color', 'always'])).stdout).not.toMatch(/\x1b\[/);
    }
  });
});

describe('reference mode, exit policy, output', () => {
  it('states findings from the draft and calls a quote the reference lacks unsupported', async () => {
    const { code, stdout } = await runCli(['--reference', 'fixtures/stadium-quotes/city.txt', 'fixtures/stadium-quotes/sport.txt', '-f', 'json']);
    const doc = JSON.parse(stdout);
    const unsupported = doc.findings.filter((f: { verdict: string }) => f.verdict === 'unsupported');
    expect(unsupported.length).toBeGreaterThan(0);
    for (const f of doc.findings.filter((x: { claims: unknown[] }) => x.claims.length === 2)) expect(f.claims[0].report).toBe('r2');
    expect(code).toBe(1);
  });

  it.each([
    ['never', 0],
    ['conflict', 0],
    ['reworded', 1],
  ])('--fail-on %s', async (policy, expected) => {
    const pair = ['fixtures/clusters/quote-reworded/wire.txt', 'fixtures/clusters/quote-reworded/paper.txt'];
    expect((await runCli([...pair, '--only', 'quotes', '--fail-on', policy])).code).toBe(expected);
  });

  it('--output writes the report atomically and keeps the exit status', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-out-'));
    const out = join(dir, 'report.json');
    const { code, stdout } = await runCli([...PAIR, '-f', 'json', '-o', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('--output refuses an input path', async () => {
    const { code, stderr } = await runCli([...PAIR, '-o', PAIR[1]!]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is one of the reports/);
    expect(existsSync(PAIR[1]!)).toBe(true);
  });

  it('expands a glob the shell left alone', async () => {
    const { code, stdout } = await runCli(['fixtures/council-titles/*.txt', '-f', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).reports.map((r: { path: string }) => r.path)).toEqual(PAIR);
  });
});

describe('output files: real file URIs, rule help, annotation ends', () => {
  it.each([
    ['a b/#1.txt', { uri: 'a%20b/%231.txt', uriBaseId: '%SRCROOT%' }],
    ['./drafts/x?.txt', { uri: 'drafts/x%3F.txt', uriBaseId: '%SRCROOT%' }],
    ['100%/é.txt', { uri: '100%25/%C3%A9.txt', uriBaseId: '%SRCROOT%' }],
    ['a:b.txt', { uri: 'a%3Ab.txt', uriBaseId: '%SRCROOT%' }],
    ['/srv/news #2/Zürich.txt', { uri: 'file:///srv/news%20%232/Z%C3%BCrich.txt' }],
    ['C:\\news\\a b.txt', { uri: 'file:///C:/news/a%20b.txt' }],
    ['<stdin>', { uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' }],
  ])('sarif artifactLocation of %j', (path, location) => {
    expect(artifactLocation(path)).toEqual(location);
  });

  it('sarif: an absolute path with #, spaces and non-ASCII is a file URI that leads back to the file', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'factdiff-uri-')), 'news #2 – Zürich');
    mkdirSync(dir);
    const files = ['wire é.txt', 'local?.txt'].map((name) => join(dir, name));
    files.forEach((file, i) => writeFileSync(file, readFileSync(join(ROOT, PAIR[i]!))));
    const doc = JSON.parse((await runCli([...files, '-f', 'sarif'])).stdout);
    expect(validateSarif(doc), JSON.stringify(validateSarif.errors)).toBe(true);
    const result = doc.runs[0].results[0];
    const uris = [result.locations[0], ...result.relatedLocations].map((l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri);
    expect(uris.map((u: string) => fileURLToPath(u))).toEqual(files);
  });

  it('sarif: a relative path resolves against the repository root (%SRCROOT%)', async () => {
    const label = 'drafts/story #1/é x.txt';
    const doc = JSON.parse((await runCli(['-', PAIR[1]!, '--stdin-name', label, '-f', 'sarif'], { stdin: readFileSync(join(ROOT, PAIR[0]!), 'utf8') })).stdout);
    const location = doc.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    expect(location).toEqual({ uri: 'drafts/story%20%231/%C3%A9%20x.txt', uriBaseId: '%SRCROOT%' });
    expect(fileURLToPath(new URL(location.uri, pathToFileURL(`${ROOT}/`)))).toBe(join(ROOT, label));
  });

  it('sarif: every rule has a helpUri into the README', async () => {
    const doc = JSON.parse((await runCli([...PAIR, '-f', 'sarif'])).stdout);
    expect(doc.runs[0].tool.driver.informationUri).toBe(HOMEPAGE);
    for (const rule of doc.runs[0].tool.driver.rules) expect(rule.helpUri).toBe(`${HOMEPAGE}#${rule.id}`);
  });

  it('github: an annotation spans its claim (endLine, exclusive endColumn)', async () => {
    const { stdout } = await runCli([...PAIR, '-f', 'github']);
    const first = stdout.split('\n')[0]!;
    expect(first).toMatch(/^::error file=fixtures\/council-titles\/gazette\.txt,line=5,col=14,endLine=5,endColumn=27,title=/);
    expect(27 - 14).toBe([...'Ines Carvalho'].length);
  });

  it('github: an annotation over several lines gives lines only (GitHub refuses columns there)', async () => {
    const a = 'Mayor Anna Kovacs said: “We will rebuild\nthe town, every single street of it, before winter.”\n';
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-multiline-'));
    writeFileSync(join(dir, 'b.txt'), 'Mayor Anna Kovacs said: “We will rebuild the city, every single street of it, before winter.”\n');
    const { stdout } = await runCli(['-', join(dir, 'b.txt'), '--stdin-name', 'a.txt', '-f', 'github'], { stdin: a });
    expect(stdout.split('\n')[0]).toMatch(/^::notice file=a\.txt,line=1,endLine=2,title=factdiff%3A quote reworded%3A Anna Kovacs::/);
  });
});
