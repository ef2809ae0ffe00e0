/**
 * Paging a long report, as git does: when standard output is a terminal and the report
 * is longer than the screen, it goes through `$FACTDIFF_PAGER`, else `$PAGER`, else
 * `less -FRX` (quit at the end of a short text, pass colours, leave the text on screen);
 * an empty value or `cat` means no pager, and so does `--no-pager`. Output to a pipe or a
 * file is never paged. A pager that cannot be started leaves the report to be printed
 * directly.
 */
import type { ChildProcess } from 'node:child_process';

/** The pager command to run, or null for none. */
export function pagerCommand(env: Readonly<Record<string, string | undefined>>, platform: string = process.platform): string | null {
  const chosen = env.FACTDIFF_PAGER ?? env.PAGER;
  if (chosen !== undefined) {
    const command = chosen.trim();
    return command === '' || command === 'cat' ? null : command;
  }
  // Windows has no `less` unless the user installed one, and then PAGER names it.
  return platform === 'win32' ? null : 'less -FRX';
}

/** Rows of the screen: the terminal's, else $LINES, else 24. */
export function screenRows(rows: number | undefined, env: Readonly<Record<string, string | undefined>>): number {
  if (rows !== undefined && rows > 0) return rows;
  const lines = Number(env.LINES);
  return Number.isInteger(lines) && lines > 0 ? lines : 24;
}

/**
 * Writes `text` to the pager's input and resolves once the pager has ended: true when it
 * ran, false when it could not be started (no shell, or the shell found no such command,
 * statuses 126 and 127), when the caller should print the text itself. While the pager
 * runs, Ctrl-C belongs to it (less uses it to stop a search), as with git.
 */
export async function runPager(command: string, text: string, env: Readonly<Record<string, string | undefined>>): Promise<boolean> {
  const { spawn } = await childProcess();
  return new Promise((resolve) => {
    const ignore = (): void => {};
    process.on('SIGINT', ignore);
    let settled = false;
    const settle = (ran: boolean): void => {
      if (settled) return;
      settled = true;
      process.removeListener('SIGINT', ignore);
      resolve(ran);
    };
    let child: ChildProcess;
    try {
      // LESS=FRX as git sets it, so that a bare `PAGER=less` also shows colours and quits
      // at the end of a short text.
      child = spawn(command, { shell: true, stdio: ['pipe', 'inherit', 'inherit'], env: { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' } });
    } catch {
      settle(false);
      return;
    }
    child.on('error', () => settle(false));
    // The reader may quit before reading everything (`q` in less): not a failure.
    child.stdin!.on('error', () => {});
    child.stdin!.end(text);
    child.on('close', (code) => settle(code !== 126 && code !== 127));
  });
}

/**
 * node:child_process, loaded only to page (a run to a pipe or a file never needs it):
 * through `process.getBuiltinModule` (Node 20.16), since a process started from the
 * startup snapshot has no dynamic import.
 */
async function childProcess(): Promise<typeof import('node:child_process')> {
  const builtin = process.getBuiltinModule?.('node:child_process') as typeof import('node:child_process') | undefined;
  return builtin ?? import('node:child_process');
}
