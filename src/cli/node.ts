/**
 * The process shell around main(): real stdin/stdout/stderr, and the behaviours a
 * Unix tool owes its users: a closed pipe (`| head`) ends quietly; any other failure to
 * write the output (a full disk, /dev/full) is one line on stderr and exit 2; a signal
 * ends the run as the signal would (output.ts removes a half-written --output first); and
 * when bin/factdiff.js started this process as its child, it ends with its parent.
 */
import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';
import { FactdiffError } from '../errors.js';
import { ExitCode } from './exit-codes.js';
import { main, type Io } from './main.js';
import { runPager } from './pager.js';
import { endWithParent, writeAll } from './output.js';

/**
 * Reads standard input to its end, or until it holds more than `maxBytes` (`yes | factdiff
 * - a.txt` would otherwise fill memory): then what was read, which the read stage refuses.
 */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (length > maxBytes) break;
  }
  return Buffer.concat(chunks, length);
}

/** A failed write to stdout, as the one line the user sees. */
function cannotWrite(error: NodeJS.ErrnoException): FactdiffError {
  return new FactdiffError(`cannot write to standard output (${error.code ?? error.message})`);
}

/**
 * Standard output. A file or device is written to synchronously, whole, each write checked:
 * Node's own stream for files ignores a short write, so output cut short by a full disk
 * went unnoticed (exit 0). A pipe or terminal is written through process.stdout, whose
 * errors arrive later. Once a write has failed, the next one throws; `failure` says
 * whether one failed and was not yet thrown.
 */
function standardOutput(): { write: (s: string) => void; failure: () => FactdiffError | null; settled: () => Promise<void> } {
  let error: NodeJS.ErrnoException | null = null;
  let thrown = false;
  let pipeClosed = false;
  const fail = (e: NodeJS.ErrnoException): void => {
    if (e.code === 'EPIPE') pipeClosed = true;
    else error ??= e;
  };
  let direct = false;
  try {
    const info = fstatSync(1);
    direct = info.isFile() || (info.isCharacterDevice() && !isatty(1));
  } catch {
    // no stdout to write to: writes fail below
  }
  if (!direct) process.stdout.on('error', fail);
  return {
    write: (s) => {
      if (error !== null) {
        thrown = true;
        throw cannotWrite(error);
      }
      if (pipeClosed) return;
      if (!direct) {
        process.stdout.write(s, (e) => e && fail(e));
        return;
      }
      try {
        writeAll(1, s);
      } catch (e) {
        fail(e as NodeJS.ErrnoException);
        if (error !== null) {
          thrown = true;
          throw cannotWrite(error);
        }
      }
    },
    failure: () => (error !== null && !thrown ? cannotWrite(error) : null),
    // Whatever the stream still holds is written (or fails) before the status is known.
    settled: () => (direct || pipeClosed || error !== null ? Promise.resolve() : new Promise<void>((done) => process.stdout.write('', () => done()))),
  };
}

/** Runs factdiff as a process; resolves to the exit status to set. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  endWithParent();
  const out = standardOutput();
  const io: Io = {
    readStdin,
    stdout: out.write,
    stderr: (s) => {
      process.stderr.write(s);
    },
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY ? { stdoutColumns: process.stdout.columns, stdoutRows: process.stdout.rows } : {}),
    page: (command, text) => runPager(command, text, process.env),
  };
  const code = await main(argv, io);
  await out.settled();
  const failure = out.failure();
  if (failure === null) return code;
  process.stderr.write(`factdiff: ${failure.message}\n`);
  return ExitCode.Trouble;
}
