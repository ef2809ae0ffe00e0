/**
 * `factdiff completion bash|zsh|fish`: each script knows every option of every command,
 * and completes in the real shell (bash always; zsh and fish when they are installed,
 * skipped with a message otherwise).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../../src/render/formats.js';
import { ROOT, runCli } from '../helpers.js';

const FIXTURES = join(ROOT, 'fixtures');
const tmp = mkdtempSync(join(tmpdir(), 'factdiff-completion-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const has = (shell: string): boolean => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const script = async (shell: string): Promise<string> => {
  const r = await runCli(['completion', shell]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  return r.stdout;
};

/** Long options that each command's help lists. */
async function helpOptions(argv: string[]): Promise<string[]> {
  const { stdout } = await runCli(argv);
  return [...new Set(stdout.match(/^ {2}(?:-\w, )?(--[\w-]+)/gm)!.map((l) => l.replace(/^.*(--[\w-]+)$/, '$1')))];
}

describe('factdiff completion', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: the script names every option of every command', async (shell) => {
    const text = await script(shell);
    for (const argv of [['--help'], ['help', 'extract'], ['help', 'batch']]) {
      for (const option of await helpOptions(argv)) expect(text, `${option} in ${shell}`).toContain(shell === 'fish' ? `-l ${option.slice(2)}` : option);
    }
    for (const command of ['extract', 'batch', 'completion', 'help']) expect(text).toContain(command);
  });

  it.each([
    ['bash', ['-n']],
    ['zsh', ['-n']],
    ['fish', ['--no-execute']],
  ])('%s reads the script without a syntax error', async (shell, flags) => {
    if (!has(shell)) return console.warn(`skipped: ${shell} is not installed`);
    const file = join(tmp, `syntax.${shell}`);
    writeFileSync(file, await script(shell));
    const r = spawnSync(shell, [...flags, file], { encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('an unknown shell is refused in one line; options before it are refused too', async () => {
    expect(await runCli(['completion', 'tcsh'])).toEqual({ code: 2, stdout: '', stderr: "factdiff: completion: unknown shell 'tcsh'; use bash, zsh, fish\n" });
    expect((await runCli(['--format', 'json', 'completion', 'bash'])).stderr).toBe("factdiff: --format does not apply to 'completion'\n");
  });

  describe.skipIf(!has('bash'))('bash', () => {
    it.each([
      [['factdiff', '--format', ''], Object.keys(FORMATS)],
      [['factdiff', '--fail-on', 're'], ['reworded']],
      [['factdiff', '--only', 'numbers,pe'], ['numbers,people']],
      [['factdiff', 'batch', '--j'], ['--jobs']],
      [['factdiff', '-f', 'json', 'batch', '--ref'], ['--reference-name']],
      [['factdiff', 'extract', '--ref'], []],
      [['factdiff', '--ref'], ['--reference']],
      [['factdiff', 'help', ''], ['extract', 'batch', 'completion']],
      [['factdiff', 'completion', ''], ['bash', 'zsh', 'fish']],
      [['factdiff', 'council-titles/herald.txt', 'ex'], []],
      [['factdiff', 'ex'], ['extract']],
      [['factdiff', 'council-titles/g'], ['council-titles/gazette.txt']],
      [['factdiff', '--reference', 'council-titles/h'], ['council-titles/herald.txt']],
    ])('%j completes to %j', async (words, expected) => {
      const file = join(tmp, 'factdiff.bash');
      writeFileSync(file, await script('bash'));
      const run = spawnSync(
        'bash',
        ['-c', `source ${JSON.stringify(file)}; COMP_WORDS=("$@"); COMP_CWORD=$((\${#COMP_WORDS[@]} - 1)); _factdiff; printf '%s\\n' "\${COMPREPLY[@]}"`, 'bash', ...words],
        { cwd: FIXTURES, encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n').filter((l) => l !== '').sort()).toEqual([...expected].sort());
    });
  });

  describe.skipIf(!has('fish'))('fish', () => {
    it.each([
      ['factdiff --format ', Object.keys(FORMATS)],
      ['factdiff --only numbers,p', ['numbers,people']],
      ['factdiff batch --j', ['--jobs']],
      ['factdiff extract --ref', []],
      ['factdiff help ', ['extract', 'batch', 'completion']],
      ['factdiff completion ', ['bash', 'zsh', 'fish']],
      ['factdiff council-titles/g', ['council-titles/gazette.txt']],
    ])('%j completes to %j', async (line, expected) => {
      const file = join(tmp, 'factdiff.fish');
      writeFileSync(file, await script('fish'));
      const run = spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C${JSON.stringify(line)}`], { cwd: FIXTURES, encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.stdout.split('\n').filter((l) => l !== '').map((l) => l.split('\t')[0]).sort()).toEqual([...expected].sort());
    });

    it('first word: the commands and the files', async () => {
      const file = join(tmp, 'factdiff.fish');
      writeFileSync(file, await script('fish'));
      const run = spawnSync('fish', ['--no-config', '-c', `source ${JSON.stringify(file)}; complete -C'factdiff '`], { cwd: FIXTURES, encoding: 'utf8' });
      const words = run.stdout.split('\n').map((l) => l.split('\t')[0]);
      expect(words).toEqual(expect.arrayContaining(['extract', 'batch', 'completion', 'help', 'council-titles/']));
    });
  });

  describe.skipIf(!has('zsh'))('zsh', () => {
    // Completion needs zsh's line editor: the script is loaded by compinit in an interactive
    // zsh on a pseudo-terminal (zsh/zpty), a line is typed with a TAB, and what zsh lists or
    // inserts is read back once the terminal has been quiet for a while.
    const complete = async (line: string): Promise<string> => {
      const dir = join(tmp, 'zfunc');
      spawnSync('mkdir', ['-p', dir]);
      writeFileSync(join(dir, '_factdiff'), await script('zsh'));
      const harness = `
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1='%% '; fpath=(${dir} \\$fpath); autoload -Uz compinit; compinit -u -D; unsetopt beep; print SET''UP-DONE"
out=""; for ((t = 0; t < 200; t++)); do zpty -r -t z chunk && out+=$chunk; [[ $out == *SETUP-DONE* ]] && break; sleep 0.05; done
zpty -n -w z ${JSON.stringify(line)}$'\\t'
out=""; quiet=0
for ((t = 0; t < 300 && quiet < 20; t++)); do
  if zpty -r -t z chunk; then out+=$chunk; quiet=0; elif [[ -n $out ]]; then ((quiet++)); fi
  sleep 0.05
done
print -r -- "$out"
zpty -d z
`;
      const run = spawnSync('zsh', ['-f', '-c', harness], { cwd: FIXTURES, encoding: 'utf8', timeout: 30_000 });
      // eslint-disable-next-line no-control-regex
      return run.stdout.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '').replace(/\r/g, '\n');
    };

    it.each([
      ['factdiff --format ', Object.keys(FORMATS), []],
      ['factdiff completion ', ['bash', 'zsh', 'fish'], ['--help']],
      ['factdiff help ', ['extract', 'batch', 'completion'], []],
      ['factdiff ', ['extract', 'batch', 'completion', 'help', 'council-titles/'], []],
      ['factdiff council-titles/herald.txt ', ['council-titles/'], ['extract']],
      ['factdiff extract --con', ['--config'], ['--conflicts-only']],
      ['factdiff batch --j', ['--jobs'], []],
      ['factdiff --only numbers,', ['people', 'quotes'], []],
    ])('%j offers %j, not %j', async (line, offered, absent) => {
      const shown = await complete(line);
      const words = shown.split(/\s+/);
      for (const w of offered) expect(words, shown).toContain(w);
      for (const w of absent) expect(words, shown).not.toContain(w);
    }, 40_000);
  });
});
