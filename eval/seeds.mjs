// The core issue's expectations for the seed pair in ../shared/seeds, as checks on a CheckResult.
const find = (r, kind, subject) => r.findings.find((f) => f.kind === kind && f.subject === subject);
const number = (subject, verdicts, value) => ({
  name: `${subject}: ${verdicts.join('/')} at ${value}`,
  holds: (r) => {
    const f = find(r, 'number', subject);
    return Boolean(f && verdicts.includes(f.verdict) && f.claims.length === 2 && f.claims.some((c) => c.value === value));
  },
});
const quote = (surname, verdict) => ({
  name: `quote by ${surname}: ${verdict}`,
  holds: (r) => r.findings.some((f) => f.kind === 'quote' && f.subject.endsWith(surname) && f.verdict === verdict),
});
export const SEED_EXPECTATIONS = [
  number('deaths', ['agree', 'compatible'], 25),
  number('injured', ['agree'], 73),
  number('deaths / children', ['agree'], 3),
  number('injured / children', ['agree'], 15),
  number('point', ['agree'], 28),
  number('cut (%)', ['agree', 'compatible'], 50),
  { name: 'Witkoff: title conflict', holds: (r) => r.findings.some((f) => f.kind === 'person' && f.subject.endsWith('Witkoff') && f.verdict === 'conflict') },
  { name: 'Zelenskyy: one person, agree', holds: (r) => r.findings.some((f) => f.kind === 'person' && f.subject.endsWith('Zelenskyy') && f.verdict === 'agree') },
  quote('Zelenskyy', 'agree'),
  quote('Rubio', 'reworded'),
  quote('Peskov', 'reworded'),
  quote('Hrytsyshyn', 'only-one'),
];
