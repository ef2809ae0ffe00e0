/** Exit statuses, as diff(1) uses them. Trouble wins over a conflict. */
export const ExitCode = {
  /** No conflict found. */
  Ok: 0,
  /** At least one conflict (or misattributed quote). */
  Conflict: 1,
  /** Trouble: bad flag, unreadable or unsuitable input. */
  Trouble: 2,
  /** Interrupted by SIGINT. */
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
