/**
 * A baseline knows a finding by what it says, not where: unrelated edits leave its
 * fingerprint alone; a changed value or changed words next to a claim make it new.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.js';
import { baselineEntries, fingerprinter, knownFindings } from '../../src/baseline/index.js';

const A = [
  'Mayor Ines Carvalho opened the new depot on Monday.',
  '',
  'The fire killed seven people and injured 40, the fire service said.',
  '',
  '"We will rebuild the depot before the winter," Carvalho said.',
].join('\n');
const B = [
  'Former mayor Ines Carvalho opened the depot on Monday.',
  '',
  'Nine people died in the fire and 40 were injured, officials said.',
  '',
  '"We will rebuild the depot before winter," Carvalho told reporters.',
].join('\n');

/** The fingerprints of a pair's findings that a baseline records, sorted. */
function prints(a: string, b: string, paths: [string, string] = ['a.txt', 'b.txt']): string[] {
  const result = check([{ path: paths[0], text: a }, { path: paths[1], text: b }]);
  return baselineEntries(result).map((e) => e.fingerprint).sort();
}

describe('baseline fingerprints', () => {
  const base = prints(A, B);

  it('the pair has findings worth recording (the number and title conflicts, the reworded quote)', () => {
    const result = check([{ path: 'a.txt', text: A }, { path: 'b.txt', text: B }]);
    expect(baselineEntries(result).map((e) => [e.kind, e.verdict, e.subject])).toEqual(
      expect.arrayContaining([
        ['number', 'conflict', 'deaths'],
        ['person', 'conflict', 'Ines Carvalho'],
        ['quote', 'reworded', 'Ines Carvalho'],
      ]),
    );
    expect(base).toHaveLength(new Set(base).size);
  });

  it.each([
    ['a paragraph added above', `Breaking news.\n\nMore to follow.\n\n${A}`, B],
    ['the text reflowed', A.replace(/ the fire service/, '\nthe fire service').replace(/\n\n/g, '\n\n\n'), B],
    ['a sentence far from the claims edited', A.replace('opened the new depot on Monday', 'opened the new depot on Monday morning in the rain'), B],
    ['the same words in another case and spacing', A.replace('killed seven people', 'killed  seven people'), B],
  ])('survive %s', (_name, a, b) => {
    expect(prints(a, b)).toEqual(base);
  });

  it('survive the reports given in the other order, or renamed', () => {
    expect(prints(B, A)).toEqual(base);
    expect(prints(A, B, ['drafts/story-v2.txt', 'wire/ap.txt'])).toEqual(base);
  });

  it.each([
    ['a changed value', A.replace('killed seven people', 'killed eight people')],
    ['a changed title', B.replace('Former mayor', 'Former deputy mayor')],
    ['changed words next to the claim', A.replace('The fire killed seven', 'The blaze killed seven')],
  ])('change with %s', (_name, edited) => {
    const changed = edited.startsWith('Former') ? prints(A, edited) : prints(edited, B);
    expect(changed).not.toEqual(base);
    // Only the finding that changed: the others stay known.
    expect(changed.filter((p) => base.includes(p)).length).toBe(base.length - 1);
  });

  it('knownFindings picks the findings a baseline holds, and only those a baseline records', () => {
    const result = check([{ path: 'a.txt', text: A }, { path: 'b.txt', text: B }]);
    const fingerprint = fingerprinter(result);
    const deaths = result.findings.find((f) => f.subject === 'deaths')!;
    expect([...knownFindings(result, new Set([fingerprint(deaths)]))]).toEqual([deaths]);
    const agree = result.findings.find((f) => f.verdict === 'agree');
    if (agree) expect(knownFindings(result, new Set([fingerprint(agree)])).size).toBe(0);
  });
});
