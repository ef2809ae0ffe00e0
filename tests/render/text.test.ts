/**
 * The text report a journalist reads: summary first, findings worst first, claims only one
 * report makes counted (listed with --all), explanations in normal weight, every line
 * fitted to the width by display columns.
 */
import { describe, expect, it } from 'vitest';
import type { CheckResult, ClaimKind, Finding, Report, Verdict } from '../../src/types.js';
import { VERDICTS } from '../../src/types.js';
import { renderText } from '../../src/render/text.js';
import { displayWidth } from '../../src/render/layout.js';

const A = 'Officials in 深圳市 said at least 25 people were killed when the ferry capsized on Monday, and that the search for survivors would go on through the night.';
const B = 'The ferry disaster killed 31 people, the harbour authority of 深圳 said on Tuesday, adding that 12 crew members were among the dead and passengers.';
const reports: Report[] = [
  { id: 'r1', path: 'wire.txt', text: A, bytes: 0 },
  { id: 'r2', path: 'local.txt', text: B, bytes: 0 },
];

function finding(kind: ClaimKind, verdict: Verdict, subject: string, note: string, sides: [string, string][]): Finding {
  return {
    kind, verdict, subject, note, minority: [], diff: null,
    claims: sides.map(([report, text]) => {
      const body = report === 'r1' ? A : B;
      const start = Math.max(0, body.indexOf(text));
      return { report, text, value: null, low: null, high: null, span: { start, end: start + text.length }, sentence: { start: 0, end: body.length }, detail: kind === 'quote' ? 'Li Wei' : null };
    }),
  };
}

function result(findings: Finding[]): CheckResult {
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, findings.filter((f) => f.verdict === v).length])) as CheckResult['summary'];
  return { reports, findings, summary };
}

// In the order check() sorts them: by kind, then position; the renderer orders by severity.
const findings = [
  finding('number', 'agree', 'passengers', 'all give 12', [['r1', '25'], ['r2', '12']]),
  finding('number', 'conflict', 'deaths', 'no value fits all reports: at least 25 (wire.txt) vs 31 (local.txt)', [['r1', 'at least 25'], ['r2', '31']]),
  finding('number', 'compatible', 'survivors', 'the figures can all be true: one and the other', [['r1', 'Monday'], ['r2', 'Tuesday']]),
  finding('number', 'only-one', 'crew', 'only local.txt gives a figure', [['r2', '12']]),
  finding('quote', 'reworded', 'Li Wei', "the quote's wording differs", [['r1', 'search for survivors'], ['r2', 'adding that']]),
  finding('quote', 'misattributed', 'Li Wei', 'the same words are given to Li Wei and Wang Fang', [['r1', 'ferry capsized'], ['r2', 'ferry disaster']]),
  finding('quote', 'only-one', 'Li Wei', 'quoted only in wire.txt', [['r1', 'through the night']]),
];

const plain = (r: CheckResult, more: { all?: boolean; width?: number; conflictsOnly?: boolean } = {}): string =>
  renderText(r, { color: false, conflictsOnly: more.conflictsOnly ?? false, all: more.all, width: more.width ?? 80 });

describe('renderText', () => {
  it('opens with a one-line summary, worst verdicts first', () => {
    const first = plain(result(findings), { width: 200 }).split('\n')[0];
    expect(first).toBe('2 reports: 1 conflict, 1 misattributed, 1 reworded, 1 compatible, 1 agree, 2 only in one report');
  });

  it('lists conflicts and misattributions first, then reworded, then compatible and agreeing', () => {
    const out = plain(result(findings));
    const at = (s: string): number => {
      const i = out.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      return i;
    };
    const order = [at('! number deaths: conflict'), at('! quote Li Wei: misattributed'), at('~ quote Li Wei: reworded'), at('≈ number survivors: compatible'), at('= number passengers')];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(out).toMatch(/^Conflicts and misattributed quotes \(2\)$/m);
    expect(out).toMatch(/^Compatible and agreeing \(2\)$/m);
  });

  it('counts the claims only one report makes unless asked to list them', () => {
    const out = plain(result(findings));
    expect(out).not.toMatch(/crew: 12|through the night”/);
    expect(out.trimEnd().split('\n').at(-1)).toBe('+ 2 claims only in one report (--all lists them)');
    const all = plain(result(findings), { all: true });
    expect(all).toMatch(/^Only in one report \(2\)$/m);
    expect(all).toMatch(/^\+ local\.txt:1:\d+ {2}crew: 12$/m);
    expect(all).toContain('“through the night”');
  });

  it('with conflicts only, shows neither agreements nor the only-one count', () => {
    const out = plain(result(findings), { conflictsOnly: true });
    expect(out).toContain('! number deaths: conflict');
    expect(out).not.toMatch(/^[=≈~+] /m);
    expect(plain(result(findings.filter((f) => f.verdict === 'agree')), { conflictsOnly: true })).toContain('No conflicts.');
  });

  it('prints explanations in normal weight, never dimmed', () => {
    const out = renderText(result(findings), { color: true, conflictsOnly: false, width: 200 });
    const note = 'no value fits all reports';
    const at = out.indexOf(note);
    expect(at).toBeGreaterThan(0);
    // Every dim (2) opened before the note is closed (22) before it.
    const before = out.slice(0, at);
    expect(before.lastIndexOf('\u001b[2m')).toBeLessThan(before.lastIndexOf('\u001b[22m'));
  });

  it.each([30, 44, 60, 80, 120])('fits every line to %i columns, wide characters counted twice', (width) => {
    const out = plain(result(findings), { width, all: true });
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
    // The evidence with Chinese place names is shown, wrapped, not cut away.
    expect(out).toContain('深圳市');
  });

  it('keeps each finding on unwrapped lines when no width is given', () => {
    const out = renderText(result(findings), { color: false, conflictsOnly: false });
    expect(out).toMatch(/^! number deaths: conflict — no value fits all reports: at least 25 \(wire\.txt\) vs 31 \(local\.txt\)$/m);
  });
});

describe('a finding\'s sides are laid out alike', () => {
  // Two sides of one agreement: the shorter sentence fits beside its claim, the longer not.
  const texts = ['The project will cost £212 million.', 'The scheme is expected to cost £212 million, the council said on Monday.'];
  const sides: Report[] = [
    { id: 'r1', path: 'drafts/story.txt', text: texts[0]!, bytes: 0 },
    { id: 'r2', path: 'source/wire-copy.txt', text: texts[1]!, bytes: 0 },
  ];
  const agree: Finding = {
    kind: 'number', verdict: 'agree', subject: 'amount (GBP)', note: 'all give 212000000', minority: [], diff: null,
    claims: sides.map((r) => {
      const start = r.text.indexOf('£212 million');
      return { report: r.id, text: '£212 million', value: 212e6, low: 212e6, high: 212e6, span: { start, end: start + 12 }, sentence: { start: 0, end: r.text.length }, detail: null };
    }),
  };
  const summary = Object.fromEntries(VERDICTS.map((v) => [v, v === 'agree' ? 1 : 0])) as CheckResult['summary'];

  it.each([56, 64, 80, 120])('at %i columns: every side beside its claim or every side below it, the claims in one column', (width) => {
    const lines = renderText({ reports: sides, findings: [agree], summary }, { color: false, conflictsOnly: false, width }).split('\n');
    const rows = lines.filter((l) => /^ {4}\S/.test(l));
    expect(rows).toHaveLength(2);
    const beside = rows.map((l) => /£212 million {2}\S/.test(l));
    expect(new Set(beside).size, lines.join('\n')).toBe(1);
    expect(new Set(rows.map((l) => l.indexOf('£212 million'))).size, lines.join('\n')).toBe(1);
  });
});
