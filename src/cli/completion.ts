/**
 * `factdiff completion bash|zsh|fish`: a completion script for the shell, generated from
 * the command line's own definition (its commands and their options), so that it cannot
 * fall behind a new flag. What an option's value completes to (formats, policies, files)
 * comes from the same lists the flags are checked against.
 */
import type { Command } from 'commander';
import { FactdiffError } from '../errors.js';
import { FAILING } from '../judge/policy.js';
import { ENCODINGS } from '../read/decode.js';
import { FORMATS } from '../render/formats.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

export function parseShell(value: string): Shell {
  if ((SHELLS as readonly string[]).includes(value)) return value as Shell;
  throw new FactdiffError(`completion: unknown shell '${value}'; use ${SHELLS.join(', ')}`);
}

/** What an option's value completes to: nothing, a file, one of some words, a comma list of them. */
type Values = 'none' | 'file' | 'any' | { readonly one: readonly string[] } | { readonly list: readonly string[] };

/** Options whose values complete to something; any other option with a value completes to nothing. */
const VALUES: Readonly<Record<string, Values>> = {
  '--format': { one: Object.keys(FORMATS) },
  '--color': { one: ['auto', 'always', 'never'] },
  '--fail-on': { one: Object.keys(FAILING) },
  '--encoding': { one: ENCODINGS },
  '--only': { list: ['numbers', 'people', 'quotes'] },
  '--reference': 'file',
  '--output': 'file',
  '--config': 'file',
  '--baseline': 'file',
  '--write-baseline': 'file',
};

interface OptionSpec {
  readonly short: string | null;
  readonly long: string;
  readonly values: Values;
  /** The description's first clause, short enough for a completion menu. */
  readonly description: string;
}

interface CommandSpec {
  /** '' for the comparison (no command word). */
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
  /** What its arguments complete to. */
  readonly args: 'files' | { readonly one: readonly string[] };
}

function brief(text: string): string {
  const first = text.split(/[;:(,]/)[0]!.trim();
  return first.length > 60 ? `${first.slice(0, 57)}...` : first;
}

/** The commands and options of `program`, as completion needs them. */
function describe(program: Command): CommandSpec[] {
  const optionsOf = (cmd: Command): OptionSpec[] => [
    ...cmd.options.map((o) => ({
      short: o.short ?? null,
      long: o.long!,
      values: o.required || o.optional ? VALUES[o.long!] ?? 'any' : ('none' as const),
      description: brief(o.description),
    })),
    { short: '-h', long: '--help', values: 'none' as const, description: 'show the help' },
  ];
  const commands = program.commands.filter((c) => c.name() !== 'help');
  return [
    { name: '', description: program.description(), options: optionsOf(program), args: 'files' },
    ...commands.map((c) => ({
      name: c.name(),
      description: brief(c.description()),
      options: optionsOf(c),
      args: c.name() === 'completion' ? { one: SHELLS } : ('files' as const),
    })),
    { name: 'help', description: 'show the help of a command', options: [], args: { one: commands.map((c) => c.name()) } },
  ];
}

/** The completion script for `shell`. */
export function completionScript(shell: Shell, program: Command): string {
  const commands = describe(program);
  switch (shell) {
    case 'bash':
      return bash(commands);
    case 'zsh':
      return zsh(commands);
    case 'fish':
      return fish(commands);
    default: {
      const never: never = shell;
      return never;
    }
  }
}

const flags = (o: OptionSpec): string[] => (o.short ? [o.short, o.long] : [o.long]);
const takesValue = (o: OptionSpec): boolean => o.values !== 'none';
/** Every option of every command, once each by long name. */
const allOptions = (commands: readonly CommandSpec[]): OptionSpec[] => [...new Map(commands.flatMap((c) => c.options).map((o) => [o.long, o])).values()];

function bash(commands: readonly CommandSpec[]): string {
  const names = commands.filter((c) => c.name !== '').map((c) => c.name);
  const valued = allOptions(commands).filter(takesValue);
  const valueCase = valued
    .map((o) => {
      const v = o.values;
      const reply =
        v === 'file'
          ? 'COMPREPLY=($(compgen -f -- "$cur"))'
          : typeof v === 'object' && 'one' in v
            ? `COMPREPLY=($(compgen -W "${v.one.join(' ')}" -- "$cur"))`
            : typeof v === 'object' && 'list' in v
              ? `local done_=""; [[ $cur == *,* ]] && done_="\${cur%,*},"; COMPREPLY=($(compgen -P "$done_" -W "${v.list.join(' ')}" -- "\${cur##*,}"))`
              : 'COMPREPLY=()';
      return `      ${flags(o).join('|')}) ${reply}; return ;;`;
    })
    .join('\n');
  const optionCase = commands
    .filter((c) => c.options.length > 0)
    .map((c) => `      ${c.name === '' ? '""' : c.name}) opts="${c.options.flatMap(flags).join(' ')}" ;;`)
    .join('\n');
  const argCase = commands
    .map((c) => {
      const reply = c.args === 'files' ? 'COMPREPLY=($(compgen -f -- "$cur"))' : `COMPREPLY=($(compgen -W "${c.args.one.join(' ')}" -- "$cur"))`;
      return c.name === ''
        ? `      "") COMPREPLY=($( ((seen)) || compgen -W "${names.join(' ')}" -- "$cur") $(compgen -f -- "$cur")) ;;`
        : `      ${c.name}) ${reply} ;;`;
    })
    .join('\n');
  return `# factdiff completion for bash (made by \`factdiff completion bash\`).
# Source it from ~/.bashrc, or save it as ~/.local/share/bash-completion/completions/factdiff.
_factdiff() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local cmd="" word i skip=0 seen=0
  # The command is the first word that is neither an option nor an option's value;
  # when that word is a report instead, the command is the comparison.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$word" in
      ${valued.flatMap(flags).join('|')}) skip=1 ;;
      -*) ;;
      *) seen=1; case "$word" in ${names.join('|')}) cmd="$word" ;; esac; break ;;
    esac
  done
  if ((COMP_CWORD > 1)); then
    case "$prev" in
${valueCase}
    esac
  fi
  if [[ $cur == -* ]]; then
    local opts=""
    case "$cmd" in
${optionCase}
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
    return
  fi
  case "$cmd" in
${argCase}
  esac
}
complete -o filenames -o bashdefault -F _factdiff factdiff
`;
}

/** A single-quoted shell word. */
function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Text inside a single-quoted zsh word, as _arguments reads it (brackets and colons escaped). */
function zq(text: string): string {
  // Brackets, colons and backslashes first: the quote's own escape has a backslash.
  return text.replace(/([[\]:\\])/g, '\\$1').replace(/'/g, `'\\''`);
}

function zsh(commands: readonly CommandSpec[]): string {
  const spec = (o: OptionSpec): string => {
    const v = o.values;
    const action =
      v === 'none'
        ? ''
        : v === 'file'
          ? `:${o.long.slice(2)}:_files`
          : v === 'any'
            ? `:${o.long.slice(2)}: `
            : 'one' in v
              ? `:${o.long.slice(2)}:(${v.one.join(' ')})`
              : `:${o.long.slice(2)}:_sequence compadd - ${v.list.join(' ')}`;
    const names = flags(o);
    const exclusive = names.length > 1 ? `'(${names.join(' ')})'{${names.join(',')}}` : '';
    return exclusive !== '' ? `${exclusive}'[${zq(o.description)}]${action}'` : `'${o.long}[${zq(o.description)}]${action}'`;
  };
  const named = commands.filter((c) => c.name !== '');
  const cases = named
    .map((c) => {
      const args = c.args === 'files' ? `'*:file:_files'` : `'1:${c.name === 'help' ? 'command' : 'shell'}:(${c.args.one.join(' ')})'`;
      return `    (${c.name})\n      _arguments -s -S : \\\n        ${[...c.options.map(spec), args].join(' \\\n        ')}\n      ;;`;
    })
    .join('\n');
  const compare = commands.find((c) => c.name === '')!;
  const valued = allOptions(commands).filter(takesValue);
  return `#compdef factdiff
# factdiff completion for zsh (made by \`factdiff completion zsh\`).
# Save it as _factdiff in a directory of $fpath, then start a new shell (or run compinit).
_factdiff() {
  local cmd="" word i skip=0 seen=0
  # The command is the first word that is neither an option nor an option's value;
  # when that word is a report instead, the command is the comparison.
  for ((i = 2; i < CURRENT; i++)); do
    word="\${words[i]}"
    if ((skip)); then skip=0; continue; fi
    case "$word" in
      (${valued.flatMap(flags).join('|')}) skip=1 ;;
      (-*) ;;
      (*) seen=1; case "$word" in (${named.map((c) => c.name).join('|')}) cmd="$word" ;; esac; break ;;
    esac
  done
  # A command's own arguments are read from its name on, as if it were the command.
  if [[ -n $cmd ]]; then shift $((i - 1)) words; ((CURRENT -= i - 1)); fi
  case "$cmd" in
${cases}
    (*)
      local -a commands=(
        ${named.map((c) => sq(`${c.name}:${c.description}`)).join('\n        ')}
      )
      _arguments -s -S : \\
        ${compare.options.map(spec).join(' \\\n        ')} \\
        '*: :->args'
      if [[ $state == args ]]; then
        ((seen)) || _describe -t commands command commands
        _files
      fi
      ;;
  esac
}
if [[ $funcstack[1] == _factdiff ]]; then _factdiff "$@"; else compdef _factdiff factdiff; fi
`;
}

/** Text inside a single-quoted fish word. */
function fq(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function fish(commands: readonly CommandSpec[]): string {
  const lines = [
    '# factdiff completion for fish (made by `factdiff completion fish`).',
    '# Save it as ~/.config/fish/completions/factdiff.fish.',
    ...commands
      .filter((c) => c.name !== '')
      .map((c) => `complete -c factdiff -n '__fish_use_subcommand' -a ${c.name} -d ${fq(c.description)}`),
  ];
  for (const o of allOptions(commands)) {
    const having = commands.filter((c) => c.options.some((x) => x.long === o.long)).map((c) => c.name);
    const lacking = commands.filter((c) => !having.includes(c.name)).map((c) => c.name);
    const condition =
      lacking.length === 0
        ? ''
        : having.includes('')
          ? ` -n ${fq(`not __fish_seen_subcommand_from ${lacking.filter((n) => n !== '').join(' ')}`)}`
          : ` -n ${fq(`__fish_seen_subcommand_from ${having.join(' ')}`)}`;
    const v = o.values;
    const value =
      v === 'none'
        ? ''
        : v === 'file'
          ? ' -r -F'
          : v === 'any'
            ? ' -x'
            : 'one' in v
              ? ` -x -a ${fq(v.one.join(' '))}`
              : ` -x -a ${fq(`(__fish_complete_list , __factdiff_${o.long.slice(2)})`)}`;
    if (typeof v === 'object' && 'list' in v) lines.push(`function __factdiff_${o.long.slice(2)}; printf '%s\\n' ${v.list.join(' ')}; end`);
    const short = o.short ? ` -s ${o.short.slice(1)}` : '';
    lines.push(`complete -c factdiff${condition}${short} -l ${o.long.slice(2)}${value} -d ${fq(o.description)}`);
  }
  for (const c of commands) {
    if (c.name !== '' && c.args !== 'files') lines.push(`complete -c factdiff -n ${fq(`__fish_seen_subcommand_from ${c.name}`)} -f -a ${fq(c.args.one.join(' '))}`);
  }
  return `${lines.join('\n')}\n`;
}
