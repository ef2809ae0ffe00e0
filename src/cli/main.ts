/**
 * The command line: `main(argv, io) → exit status`. Parses flags, reads, checks, renders,
 * writes once. Knows nothing about NLP; never calls process.exit, so it runs in-process
 * in tests. The process wiring (real stdin/stdout, signals) lives in node.ts.
 */
import { existsSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
// The core (check.js, which loads compromise on first use) and the renderers are imported
// when a job runs, so that --help, --print-config and usage errors do not load them.
import { FAILING, hasConflict, type FailOn } from '../judge/policy.js';
import type { CheckOptions } from '../types.js';
import { FactdiffError } from '../errors.js';
import { EXTRACT_FORMATS, FORMATS, notForExtract, type FormatName } from '../render/formats.js';
import { DEFAULT_MAX_BYTES, readReports, type EncodingName, type InputFormat } from '../read/index.js';
import type { ClaimKind } from '../types.js';
import { VERSION } from '../version.js';
import { ExitCode } from './exit-codes.js';
import { parseColor, parseEncoding, parseFailOnValue, parseFormat, parseInputFormat, parseJobs, parseMaxSize, parseOnly, splitShortEquals } from './options.js';
import { findConfig, loadConfig, type Config } from './config.js';
import { useColor, type ColorMode } from './terminal.js';
import { canonical, openOutput, refuseInput, streamOutput, type Inputs, type OutputSink } from './output.js';
import { pagerCommand, screenRows } from './pager.js';
import { expandGlobs } from './globs.js';
// Messages name files and stories as given: their control characters are shown, never sent.
import { safe } from '../render/escape.js';
import { AFTER_HELP, failOnLadder, GROUPS } from './help.js';
import { completionScript, parseShell, SHELLS, type Shell } from './completion.js';
import { batchProgress } from './progress.js';
import type { Baseline } from './baseline.js';

/** What the CLI needs from the world. */
export interface Io {
  /** Reads standard input: all of it, or the first `maxBytes + 1` bytes when there is more. */
  readonly readStdin: (maxBytes: number) => Promise<Uint8Array>;
  /** Writes to standard output. */
  readonly stdout: (s: string) => void;
  /** Writes to standard error. */
  readonly stderr: (s: string) => void;
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  readonly stdoutIsTTY: boolean;
  /** Whether standard error is a terminal (progress lines go there only then). */
  readonly stderrIsTTY?: boolean;
  /** Working directory, where the config file search starts (default: the process's). */
  readonly cwd?: string;
  /** Columns of the terminal standard output is (text is fitted to them). */
  readonly stdoutColumns?: number;
  /** Rows of the terminal standard output is (a longer report is paged). */
  readonly stdoutRows?: number;
  /**
   * Shows `text` through the pager `command`; resolves to false when the pager could not
   * be started. Absent: never page.
   */
  readonly page?: (command: string, text: string) => Promise<boolean>;
}

interface Common {
  readonly format: FormatName;
  readonly color: ColorMode;
  readonly only: readonly ClaimKind[] | undefined;
  readonly quiet: boolean;
  readonly stdinName: string;
  readonly maxBytes: number;
  readonly encoding: EncodingName;
  readonly inputFormat: InputFormat;
  readonly output: string | undefined;
  readonly failOn: FailOn;
  readonly config: Config;
  readonly configPath: string | null;
  readonly printConfig: boolean;
  /** False with --no-pager. */
  readonly pager: boolean;
  /** --baseline: the file of accepted findings to read. */
  readonly baseline: string | undefined;
  /** --write-baseline: the file to record the findings in. */
  readonly writeBaseline: string | undefined;
}

type Job =
  | {
      readonly kind: 'check';
      readonly paths: readonly string[];
      readonly conflictsOnly: boolean;
      /** List every claim only one report makes (text), not just their count. */
      readonly all: boolean;
      readonly reference: string | undefined;
      readonly common: Common;
    }
  | { readonly kind: 'extract'; readonly path: string; readonly common: Common }
  | {
      readonly kind: 'batch';
      readonly target: string;
      readonly referenceName: string | undefined;
      readonly conflictsOnly: boolean;
      /** List every claim only one report makes (text), not just their count. */
      readonly all: boolean;
      readonly progress: boolean;
      /** Read manifest paths outside the manifest's folder. */
      readonly allowOutside: boolean;
      /** Worker threads; undefined: one per core. */
      readonly jobs: number | undefined;
      readonly common: Common;
    }
  | { readonly kind: 'completion'; readonly shell: Shell; readonly program: Command };

/** Runs the command line with `argv` (without node and script) and returns the exit status. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let job: Job | null = null;
  const program = buildProgram(io, (j) => {
    job = j;
  });
  // Bare `factdiff` is a usage error (a CI line whose file list came out empty must not
  // pass): the usage goes to stderr, with status 2.
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return ExitCode.Trouble;
  }
  if (argv[0] === 'help' && argv[1] !== undefined && !program.commands.some((c) => c.name() === argv[1])) {
    return trouble(io, new FactdiffError(`help: no command '${argv[1]}'; commands: ${program.commands.map((c) => c.name()).join(', ')}`));
  }
  try {
    await program.parseAsync(splitShortEquals(argv, shortOptionsWithValue(program)), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Trouble;
    return trouble(io, error);
  }
  if (job === null) return ExitCode.Ok;
  try {
    return await run(job, io);
  } catch (error) {
    return trouble(io, error);
  }
}

/** The short options (`-j`) of every command that take a value. */
function shortOptionsWithValue(program: Command): Set<string> {
  const out = new Set<string>();
  for (const cmd of [program, ...program.commands]) for (const o of cmd.options) if (o.short && (o.required || o.optional)) out.add(o.short);
  return out;
}

function trouble(io: Io, error: unknown): number {
  if (error instanceof FactdiffError) {
    io.stderr(`factdiff: ${safe(error.message)}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`factdiff: internal error: ${safe(message)}\nPlease report this with the input that caused it.\n`);
    if (io.env.FACTDIFF_DEBUG) io.stderr(`${(error as Error).stack}\n`);
  }
  return ExitCode.Trouble;
}

function buildProgram(io: Io, setJob: (job: Job) => void): Command {
  const program = new Command('factdiff');
  const configure = (cmd: Command): Command =>
    cmd
      .exitOverride()
      .configureOutput({
        writeOut: io.stdout,
        writeErr: io.stderr,
        outputError: (str, write) => write(`factdiff: ${safe(str.replace(/^error: /, '').trimEnd())}\n`),
      })
      .optionsGroup(GROUPS.input)
      .option('--stdin-name <name>', "label for the report read from '-'", '<stdin>')
      .option('--encoding <name>', 'input encoding: auto, utf-8, utf-16le, utf-16be, windows-1252, latin1', 'auto')
      .option('--input-format <format>', 'reports are: auto (by extension, else HTML if it looks so, else text), text, html, markdown', 'auto')
      .option('--max-size <mb>', `refuse reports larger than this many MB (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`)
      .optionsGroup(GROUPS.output)
      .addOption(new Option('-f, --format <format>', `output format: ${Object.keys(FORMATS).join(', ')}`).default('text'))
      .option('-o, --output <file>', "write the report to FILE (atomically; never one of the inputs); '-' is stdout; batch --format html: a directory")
      .addOption(new Option('--color <when>', 'colour: auto, always, never (auto honours NO_COLOR, FORCE_COLOR)').default('auto'))
      .option('--no-color', 'no colour (same as --color never)')
      .option('-q, --quiet', 'no report and no warnings: errors only, and the exit status')
      .option('--no-pager', 'never page a long report on a terminal (default: $FACTDIFF_PAGER, $PAGER or less -FRX)')
      .optionsGroup(GROUPS.checking)
      .option('--only <kinds>', 'check only these kinds: numbers,people,quotes')
      .option('--config <file>', `settings file (default: ${'factdiff.config.json'} found from here upward)`)
      .option('--no-config', 'ignore any settings file')
      .option('--print-config', 'print the settings in effect (file and flags merged) and exit')
      .optionsGroup(GROUPS.ci)
      .option('--fail-on <what>', failOnLadder())
      .optionsGroup(GROUPS.general);

  configure(program)
    // Options after a command belong to it (`factdiff extract FILE --format json`); options
    // before it apply to it too (subcommandOptions).
    .enablePositionalOptions()
    .description('Cross-check two or more reports of the same event: numbers, people and quotes.')
    .usage('[options] <report...>')
    .argument('[reports...]', "two or more plain-text reports; '-' reads one from standard input")
    .addOption(new Option('--reference <file>', "the source of truth: state findings from the drafts' side").helpGroup(GROUPS.input))
    .addOption(new Option('--conflicts-only', 'show only conflicts and misattributed quotes').helpGroup(GROUPS.output))
    .addOption(new Option('--all', 'text: list each claim only one report makes, not just their count').helpGroup(GROUPS.output))
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .helpCommand('help [command]', 'show the help of a command')
    .addOption(new Option('--baseline <file>', 'findings recorded in FILE are known: marked as such, and never fail the run').helpGroup(GROUPS.ci))
    .addOption(new Option('--write-baseline <file>', 'record the current findings in FILE (they are then known)').helpGroup(GROUPS.ci))
    .addHelpText('after', AFTER_HELP.compare)
    .action((paths: string[], _opts: Record<string, unknown>, cmd: Command) => {
      const { opts, given } = commandOptions(cmd);
      const reference = typeof opts.reference === 'string' ? opts.reference : undefined;
      setJob({ kind: 'check', paths, conflictsOnly: opts.conflictsOnly === true, all: opts.all === true, reference, common: common(opts, given, io) });
    });

  configure(program.command('extract'))
    .description('print the claims factdiff finds in one report')
    .argument('<report>', "a plain-text report, or '-' for standard input")
    .addHelpText('after', AFTER_HELP.extract)
    .action((path: string, _opts: Record<string, unknown>, cmd: Command) => {
      const { opts, given } = commandOptions(cmd);
      setJob({ kind: 'extract', path, common: common(opts, given, io, EXTRACT_FORMATS) });
    });
  configure(program.command('batch'))
    .description('check many stories: each subdirectory of DIR, or each group of a JSON/CSV manifest')
    .argument('<dir|manifest>', 'a directory of story folders, or a manifest (.json, .csv)')
    .addOption(new Option('--reference-name <file>', 'in each story, the file that is the reference (default: reference.*)').helpGroup(GROUPS.input))
    .addOption(new Option('--allow-outside', "read manifest paths outside the manifest's folder").helpGroup(GROUPS.input))
    .addOption(new Option('--conflicts-only', 'show only conflicts and misattributed quotes').helpGroup(GROUPS.output))
    .addOption(new Option('--all', 'text: list each claim only one report makes, not just their count').helpGroup(GROUPS.output))
    .addOption(new Option('--no-progress', 'no progress line on stderr (shown when stderr is a terminal)').helpGroup(GROUPS.output))
    .addOption(new Option('-j, --jobs <n>', 'stories checked at once, one thread each (default: one per core; at most one per story and per GB of memory)').helpGroup(GROUPS.checking))
    .addOption(new Option('--baseline <file>', 'findings recorded in FILE are known: marked as such, and never fail the run').helpGroup(GROUPS.ci))
    .addOption(new Option('--write-baseline <file>', 'record the current findings in FILE (they are then known)').helpGroup(GROUPS.ci))
    .addHelpText('after', AFTER_HELP.batch)
    .action((target: string, _opts: Record<string, unknown>, cmd: Command) => {
      const { opts, given } = commandOptions(cmd);
      const referenceName = typeof opts.referenceName === 'string' ? opts.referenceName : undefined;
      const jobs = opts.jobs === undefined ? undefined : parseJobs(String(opts.jobs));
      setJob({
        kind: 'batch',
        target,
        referenceName,
        conflictsOnly: opts.conflictsOnly === true,
        all: opts.all === true,
        progress: opts.progress !== false,
        allowOutside: opts.allowOutside === true,
        jobs,
        common: common(opts, given, io),
      });
    });
  program
    .command('completion')
    .description(`print a completion script for a shell: ${SHELLS.join(', ')}`)
    .argument('<shell>', SHELLS.join(', '))
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (str, write) => write(`factdiff: ${str.replace(/^error: /, '')}`) })
    .addHelpText('after', AFTER_HELP.completion)
    .action((shell: string, _opts: Record<string, unknown>, cmd: Command) => {
      commandOptions(cmd);
      setJob({ kind: 'completion', shell: parseShell(shell), program });
    });
  return program;
}

/**
 * A command's options, with those given before the command name (`factdiff --format json
 * batch DIR`) applied to it unless given again after it. One the command does not take is
 * refused rather than ignored. `given` names the options set on the command line, which
 * win over the settings file.
 */
function commandOptions(cmd: Command): { opts: Record<string, unknown>; given: ReadonlySet<string> } {
  const opts: Record<string, unknown> = { ...cmd.opts() };
  const given = new Set(Object.keys(opts).filter((key) => cmd.getOptionValueSource(key) === 'cli'));
  const parent = cmd.parent;
  if (parent === null) return { opts, given };
  for (const option of parent.options) {
    const key = option.attributeName();
    if (parent.getOptionValueSource(key) !== 'cli' || given.has(key)) continue;
    if (!cmd.options.some((o) => o.attributeName() === key)) {
      throw new FactdiffError(`${option.long ?? option.flags} does not apply to '${cmd.name()}'`);
    }
    opts[key] = parent.getOptionValue(key);
    given.add(key);
  }
  return { opts, given };
}

/**
 * The options every command shares. `printable` are the formats the command prints: a
 * settings file's format it cannot print (sarif for extract, set for CI) is left aside,
 * while the same format given as a flag is refused.
 */
function common(opts: Record<string, unknown>, given: ReadonlySet<string>, io: Io, printable?: readonly FormatName[]): Common {
  // An empty name (a CI variable that was never set) names no file: never the working folder's.
  if (opts.output === '') throw new FactdiffError("--output: give a file name ('-' for standard output)");
  for (const [key, flag] of [['baseline', '--baseline'], ['writeBaseline', '--write-baseline']] as const) {
    if (opts[key] === '') throw new FactdiffError(`${flag}: give a file name`);
  }
  if (opts.stdinName === '') throw new FactdiffError("--stdin-name: give a label for the report read from '-'");
  const maxBytes = opts.maxSize === undefined ? DEFAULT_MAX_BYTES : parseMaxSize(String(opts.maxSize));
  const configPath = opts.config === false ? null : typeof opts.config === 'string' ? opts.config : findConfig(io.cwd ?? '.');
  const config = configPath === null ? {} : loadConfig(configPath, maxBytes);
  // Flags win over the file; the file wins over built-in defaults.
  const fromFile = config.format !== undefined && (printable === undefined || printable.includes(config.format)) ? config.format : undefined;
  const format = given.has('format') || fromFile === undefined ? parseFormat(String(opts.format)) : fromFile;
  return {
    config,
    configPath,
    printConfig: opts.printConfig === true,
    pager: opts.pager !== false,
    baseline: typeof opts.baseline === 'string' ? opts.baseline : undefined,
    writeBaseline: typeof opts.writeBaseline === 'string' ? opts.writeBaseline : undefined,
    format,
    color: opts.color === false ? 'never' : parseColor(String(opts.color)),
    only: typeof opts.only === 'string' ? parseOnly(opts.only) : config.kinds,
    quiet: opts.quiet === true,
    stdinName: String(opts.stdinName),
    maxBytes,
    encoding: parseEncoding(String(opts.encoding)),
    inputFormat: parseInputFormat(String(opts.inputFormat)),
    output: typeof opts.output === 'string' && opts.output !== '-' ? opts.output : undefined,
    failOn: typeof opts.failOn === 'string' ? parseFailOnValue(opts.failOn) : config.failOn ?? 'conflict',
  };
}

async function run(job: Job, io: Io): Promise<number> {
  if (job.kind === 'completion') {
    io.stdout(completionScript(job.shell, job.program));
    return ExitCode.Ok;
  }
  if (job.common.printConfig) {
    const c = job.common;
    const merged = { file: c.configPath, ...c.config, kinds: c.only ?? ['number', 'person', 'quote'], format: c.format, failOn: c.failOn };
    io.stdout(`${JSON.stringify(merged, null, 2)}\n`);
    return ExitCode.Ok;
  }
  if (job.kind === 'batch') return runBatch(job, io);
  const { common: c } = job;
  // Before anything is read: a format extract cannot print is a bad flag.
  if (job.kind === 'extract' && !EXTRACT_FORMATS.includes(c.format)) throw new FactdiffError(notForExtract(c.format));
  const warn = (w: string): void => {
    if (!c.quiet) io.stderr(`factdiff: warning: ${safe(w)}\n`);
  };
  const paths = job.kind === 'check' ? [...(job.reference ? [job.reference] : []), ...(await expandGlobs(job.paths, warn, job.reference))] : [job.path];
  if (job.kind === 'check' && paths.length < 2) {
    // A name that leads nowhere (a pattern that matched nothing) is what went wrong.
    const missing = paths.find((p) => p !== '-' && !existsSync(p));
    if (missing !== undefined) throw new FactdiffError(`${missing}: no such file`);
    throw new FactdiffError(
      `need at least two reports to compare (got ${paths.length}); see one report's claims with 'factdiff extract FILE'`,
    );
  }
  if (c.output !== undefined) refuseInput(c.output, { reports: paths, settings: c.configPath });
  const baseline = await openBaseline(c, { reports: paths, settings: c.configPath });
  const { reports, warnings } = await readReports(paths, {
    readStdin: io.readStdin, stdinName: c.stdinName, maxBytes: c.maxBytes, encoding: c.encoding, inputFormat: c.inputFormat,
  });
  if (!c.quiet) for (const w of warnings) io.stderr(`factdiff: warning: ${safe(w)}\n`);
  const color = colorFor(io, c);
  const options = checkOptions(c);
  const width = textWidth(io, c);
  const [{ check, extractReport }, { renderers }] = await Promise.all([import('../check.js'), import('../render/index.js')]);
  if (job.kind === 'extract') {
    const claims = extractReport(reports[0]!, options);
    await emit(io, c, renderers[c.format].extract(claims, { color, conflictsOnly: false, width }));
    return ExitCode.Ok;
  }
  const result = check(reports, { ...options, reference: job.reference !== undefined });
  const known = baseline.known(result);
  await emit(io, c, renderers[c.format].check(result, { color, conflictsOnly: job.conflictsOnly, all: job.all, width, known }));
  await saveBaseline(io, c, baseline);
  return hasConflict(result, c.failOn, known) ? ExitCode.Conflict : ExitCode.Ok;
}

/**
 * The run's baseline (src/cli/baseline.ts). --write-baseline never names a file factdiff
 * reads, nor the --output file; --output never names the --baseline file.
 */
async function openBaseline(c: Common, inputs: Inputs): Promise<Baseline> {
  const same = (a: string, b: string): boolean => canonical(a) === canonical(b);
  if (c.writeBaseline !== undefined) {
    refuseInput(c.writeBaseline, inputs, '--write-baseline');
    if (c.output !== undefined && same(c.output, c.writeBaseline)) {
      throw new FactdiffError(`--write-baseline ${c.writeBaseline}: is the --output file; choose another`);
    }
  }
  if (c.baseline !== undefined && c.output !== undefined && same(c.output, c.baseline)) {
    throw new FactdiffError(`--output ${c.output}: is the --baseline file; choose another file`);
  }
  const { openBaseline: open } = await import('./baseline.js');
  return open(c.baseline, c.writeBaseline, c.maxBytes);
}

/** Writes --write-baseline's file, and says so. */
async function saveBaseline(io: Io, c: Common, baseline: Baseline): Promise<void> {
  const count = await baseline.save();
  if (count !== null && !c.quiet) io.stderr(`factdiff: recorded ${count} finding${count === 1 ? '' : 's'} in ${c.writeBaseline}\n`);
}

/** Whether to colour the output: only text is ever coloured. */
function colorFor(io: Io, c: Common): boolean {
  return useColor(c.format === 'text' ? c.color : 'never', io.env, io.stdoutIsTTY);
}

/**
 * Columns to fit text to: the terminal's when the report goes to one, else $COLUMNS, else
 * 80, so that a report saved to a file or piped reads the same everywhere.
 */
function textWidth(io: Io, c: Common): number {
  if (io.stdoutIsTTY && c.output === undefined && io.stdoutColumns !== undefined && io.stdoutColumns > 0) return io.stdoutColumns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/** What the core needs from the flags and the settings file. */
function checkOptions(c: Common): CheckOptions {
  const { measures, aliases, ignoreTitles, tolerance } = c.config;
  return {
    ...(c.only ? { only: c.only } : {}),
    ...(measures ? { measures } : {}),
    ...(aliases ? { aliases } : {}),
    ...(ignoreTitles ? { ignoreTitles } : {}),
    ...(tolerance !== undefined ? { tolerance } : {}),
  };
}

/**
 * Where a run's report goes: --output (output.ts); otherwise stdout, or nowhere when quiet.
 */
async function openSink(io: Io, c: Common): Promise<OutputSink> {
  if (c.output !== undefined) return openOutput(c.output, io);
  return {
    write: async (text) => {
      if (!c.quiet) io.stdout(text);
    },
    commit: async () => {},
    abort: async () => {},
  };
}

/**
 * Writes the rendered report in one piece: through a pager when it goes to a terminal
 * and is longer than the screen.
 */
async function emit(io: Io, c: Common, text: string): Promise<void> {
  if (c.output === undefined && !c.quiet && c.pager && io.stdoutIsTTY && io.page !== undefined) {
    const command = pagerCommand(io.env);
    const { screenRows: rowsOf } = await import('../render/index.js');
    if (command !== null && rowsOf(text, textWidth(io, c)) >= screenRows(io.stdoutRows, io.env)) {
      if (await io.page(command, text)) return;
      io.stderr(`factdiff: warning: could not start the pager '${command}'; printing directly (--no-pager skips it)\n`);
    }
  }
  const sink = await openSink(io, c);
  await sink.write(text);
  await sink.commit();
}

async function runBatch(job: Extract<Job, { kind: 'batch' }>, io: Io): Promise<number> {
  const c = job.common;
  // HTML is a page per story: a directory, never a stream.
  const pages = c.format === 'html';
  if (pages && c.output === undefined) throw new FactdiffError('batch --format html writes a page per story and an index.html: give -o DIR');
  const { findStories, runStories, workerCount } = await import('./batch.js');
  const { batchWriter } = await import('../render/batch.js');
  const color = colorFor(io, c);
  // Text is fitted as compare mode fits it; a batch streams, so it is never paged.
  const writer = pages ? null : batchWriter(c.format, { color, conflictsOnly: job.conflictsOnly, all: job.all, width: textWidth(io, c) });
  const stories = await findStories(job.target, { referenceName: job.referenceName, maxBytes: c.maxBytes, allowOutside: job.allowOutside });
  if (stories.length === 0) throw new FactdiffError(`${job.target}: no stories found (expected subdirectories or manifest groups)`);
  const inputs = stories.flatMap((s) => s.paths);
  if (c.output !== undefined) refuseInput(c.output, { reports: inputs, settings: c.configPath, manifest: job.target });
  const lowered = workerCount(job.jobs, stories.length).note;
  if (lowered !== null && !c.quiet) io.stderr(`factdiff: warning: ${lowered}\n`);
  const baseline = await openBaseline(c, { reports: inputs, settings: c.configPath, manifest: job.target });
  // Output goes out story by story, so a batch of any size holds only a few stories at a
  // time. A progress line goes to stderr when it is a terminal (progress.ts).
  const output = writer === null
    ? await (await import('./pages.js')).openPages(c.output!, stories.map((s) => s.name), inputs, { color: false, conflictsOnly: job.conflictsOnly })
    : streamOutput(await openSink(io, c), writer, c.output !== undefined || !c.quiet);
  const progress = batchProgress(io.stderr, {
    show: job.progress && io.stderrIsTTY === true && !io.env.CI && !c.quiet,
    sharesTerminal: io.stdoutIsTTY && c.output === undefined && !c.quiet,
    total: stories.length,
  });
  const jobs = stories.map((story, index) => ({ index, story, options: checkOptions(c), maxBytes: c.maxBytes, encoding: c.encoding, inputFormat: c.inputFormat }));
  let failed = false;
  let conflict = false;
  try {
    await runStories(
      jobs,
      async (o) => {
        const name = stories[o.index]!.name;
        const known = o.ok ? baseline.known(o.result, name) : undefined;
        if (o.ok) {
          if (!c.quiet) for (const w of o.warnings) progress.note(safe(`warning: ${w}`));
          conflict ||= hasConflict(o.result, c.failOn, known);
        } else {
          // Even when quiet: the exit status says only that something failed.
          failed = true;
          progress.note(safe(`${name}: ${o.error}`));
        }
        await progress.writing(() => output.story(o.ok ? { name, ok: true, result: o.result, known } : { name, ok: false, error: o.error }));
      },
      { workers: job.jobs, onDone: (done) => progress.checked(done) },
    );
    await progress.writing(() => output.end());
  } catch (error) {
    await output.abort();
    throw error;
  }
  progress.end();
  await saveBaseline(io, c, baseline);
  if (failed) return ExitCode.Trouble;
  return conflict ? ExitCode.Conflict : ExitCode.Ok;
}
