/**
 * The process shell around main(): real stdin/stdout/stderr, and the behaviours a
 * Unix tool owes its users: a closed pipe (`| head`) ends quietly, Ctrl-C exits 130.
 */
import { main, type Io } from './main.js';
import { runPager } from './pager.js';


async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Runs factdiff as a process; resolves to the exit status to set. */
export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  let pipeClosed = false;
  const onPipeError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') {
      pipeClosed = true;
      return;
    }
    throw error;
  };
  process.stdout.on('error', onPipeError);
  // Ctrl-C keeps Node's default (the process ends at once; shells report 130) except
  // while --output is being written, when output.ts removes the temporary file first.
  const io: Io = {
    readStdin,
    stdout: (s) => {
      if (!pipeClosed) process.stdout.write(s);
    },
    stderr: (s) => {
      process.stderr.write(s);
    },
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY ? { stdoutColumns: process.stdout.columns, stdoutRows: process.stdout.rows } : {}),
    page: (command, text) => runPager(command, text, process.env),
  };
  return main(argv, io);
}
