/**
 * A batch's progress line on stderr ("checked 12/40 stories"), shown whenever stderr is a
 * terminal, whatever the format, and messages (warnings, stories that failed) printed
 * above it. When stdout is the same terminal, the line is cleared while a story's output
 * is written, and drawn again after it, so the two never mix on one line.
 */

/** What the batch tells the user on stderr as it goes. */
export interface Progress {
  /** A message line ("factdiff: …"), above the progress line. */
  note(message: string): void;
  /** `done` stories of the batch have been checked. */
  checked(done: number): void;
  /** Runs `write` (output to stdout) with the progress line out of its way. */
  writing(write: () => Promise<void>): Promise<void>;
  /** The batch is over: the last count stays, or goes when stdout shares the terminal. */
  end(): void;
}

/** How the progress line is shown. */
export interface ProgressOptions {
  /** Whether to show the line at all (stderr is a terminal, not asked to be quiet). */
  readonly show: boolean;
  /** Whether stdout is the same terminal, written to as the batch goes. */
  readonly sharesTerminal: boolean;
  /** Stories in the batch. */
  readonly total: number;
}

const CLEAR = '\r\x1b[K';

export function batchProgress(stderr: (s: string) => void, { show, sharesTerminal, total }: ProgressOptions): Progress {
  let line = '';
  const draw = (): void => {
    if (show && line !== '') stderr(`${CLEAR}${line}`);
  };
  const clear = (): void => {
    if (show && line !== '') stderr(CLEAR);
  };
  return {
    note(message) {
      clear();
      stderr(`factdiff: ${message}\n`);
      draw();
    },
    checked(done) {
      line = `checked ${done}/${total} stories`;
      draw();
    },
    async writing(write) {
      if (!sharesTerminal) return write();
      clear();
      try {
        await write();
      } finally {
        draw();
      }
    },
    end() {
      if (!show || line === '') return;
      stderr(sharesTerminal ? CLEAR : '\n');
    },
  };
}
