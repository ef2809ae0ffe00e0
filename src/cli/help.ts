/**
 * The words of `--help`: the option groups, each command's examples and exit statuses,
 * and the `--fail-on` ladder as generated from the policy itself. Apart from main.ts so
 * that the wording can change without touching the wiring; tests run every example.
 */
import { FAILING, type FailOn } from '../judge/policy.js';

/** Headings of the option groups, in the order help shows them. */
export const GROUPS = {
  input: 'Input:',
  output: 'Output:',
  checking: 'Checking:',
  ci: 'CI:',
  general: 'Options:',
} as const;

/** The policies from least to most strict; `never` stands apart. */
const LADDER: readonly FailOn[] = (Object.keys(FAILING) as FailOn[])
  .filter((p) => FAILING[p].length > 0)
  .sort((a, b) => FAILING[a].length - FAILING[b].length);

/** What each failing verdict is, in the words of the ladder. */
const FAILING_WORDS: Readonly<Record<string, string>> = {
  conflict: 'conflicts',
  misattributed: 'misattributed quotes',
  unsupported: 'quotes the reference lacks',
  reworded: 'reworded quotes',
  compatible: 'compatible figures',
};

/**
 * `--fail-on`'s description, generated from the policy: each step of the ladder fails on
 * what the one before does and more ("conflict = conflicts and misattributed quotes
 * (default) < unsupported = + quotes the reference lacks < …").
 */
export function failOnLadder(): string {
  const steps = LADDER.map((policy, i) => {
    const before = i === 0 ? [] : FAILING[LADDER[i - 1]!];
    const added = FAILING[policy].filter((v) => !before.includes(v)).map((v) => FAILING_WORDS[v] ?? v);
    return `${policy} = ${i === 0 ? '' : '+ '}${added.join(' and ')}${policy === 'conflict' ? ' (default)' : ''}`;
  });
  return `which findings make the exit status 1, a ladder where each step adds to the one before: ${steps.join(' < ')}; never = none`;
}

const exitStatus = (trouble: string): string => `
Exit status:
  0  no finding that --fail-on counts (findings in a --baseline never count)
  1  at least one: by default a conflict (a number, title or name that differs)
     or a misattributed quote
  2  ${trouble}; trouble wins`;

/** Text after the options in each command's help. */
export const AFTER_HELP: Readonly<Record<'compare' | 'extract' | 'batch' | 'completion', string>> = {
  compare: `
Examples:
  $ factdiff wire.txt draft.txt               compare two reports
  $ factdiff a.txt b.txt c.txt --conflicts-only
  $ curl -s https://example.org/story | factdiff - saved.txt --stdin-name story.txt
  $ factdiff --format json a.txt b.txt | jq '.findings[] | select(.verdict == "conflict")'
  $ factdiff --reference wire.txt draft.txt --format github      annotate a draft in CI
  $ factdiff wire.txt draft.txt --write-baseline known.json      accept today's findings
  $ factdiff wire.txt draft.txt --baseline known.json            fail on new ones only
  $ factdiff extract draft.txt                what factdiff sees in one report
  $ factdiff batch stories/ --format jsonl    many stories (factdiff help batch)
${exitStatus('trouble (bad flag, missing or unreadable file, binary input)')}`,
  extract: `
Examples:
  $ factdiff extract draft.txt
  $ factdiff extract draft.txt --format jsonl | jq -c 'select(.type == "claim")'

Exit status:
  0  the claims were printed
  2  trouble (bad flag, missing or unreadable file, binary input)`,
  batch: `
Examples:
  $ factdiff batch stories/                   each subdirectory is a story
  $ factdiff batch manifest.csv --format sarif -o factdiff.sarif
  $ factdiff batch stories/ --format jsonl | jq -c 'select(.type == "story-summary")'
  $ factdiff batch stories/ --conflicts-only --only numbers
${exitStatus('trouble: a bad flag, or a story that could not be read (the others are\n     still checked)')}`,
  completion: `
Examples:
  $ factdiff completion bash > ~/.local/share/bash-completion/completions/factdiff
  $ factdiff completion zsh > "\${fpath[1]}/_factdiff"
  $ factdiff completion fish > ~/.config/fish/completions/factdiff.fish`,
};
