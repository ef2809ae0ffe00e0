/**
 * `-o/--output FILE`: where the report goes, and what happens to what was there.
 *
 * - A regular file (or a new one) gets the report whole or not at all: it is written to a
 *   temporary file beside it and renamed over it, so a reader never sees half a report and
 *   an interrupted run leaves nothing behind. An existing file keeps its mode (and, when
 *   factdiff runs as root, its owner).
 * - A symbolic link: the file it points to is written that way, and the link stays a link;
 *   a link to nothing is refused.
 * - Anything else (a device such as /dev/null, a FIFO, a terminal) and the names of open
 *   descriptors (/dev/stdout, /dev/fd/N) are written to directly: renaming a file over
 *   /dev/null would replace the device for every program on the machine.
 * - A file that factdiff reads (a report, the settings file, the batch manifest) is refused,
 *   compared by device and inode, so `./a.txt` and a link to `a.txt` are `a.txt`.
 */
import { closeSync, lstatSync, openSync, realpathSync, rmSync, statSync, writeSync } from 'node:fs';
import { chown, chmod, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { constants } from 'node:os';
import { FactdiffError } from '../errors.js';
import { fileIdentity as identity } from '../read/index.js';
import type { BatchWriter, StoryResult } from '../render/batch.js';

/** A path as the filesystem knows it (symbolic links followed), to compare two paths. */
export function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** What factdiff reads, by what it is to the user (for the message). */
export interface Inputs {
  readonly reports: readonly string[];
  readonly settings?: string | null;
  readonly manifest?: string;
}

/** Throws when `output` (the value of `flag`) names a file that factdiff reads. */
export function refuseInput(output: string, inputs: Inputs, flag = '--output'): void {
  const target = identity(output);
  if (target === null) return;
  const named: [string, string][] = [
    ...inputs.reports.filter((p) => p !== '-').map((p): [string, string] => [p, 'is one of the reports']),
    ...(inputs.settings ? [[inputs.settings, 'is the settings file'] as [string, string]] : []),
    ...(inputs.manifest !== undefined ? [[inputs.manifest, 'is the batch manifest'] as [string, string]] : []),
  ];
  for (const [path, what] of named) {
    if (identity(path) === target) throw new FactdiffError(`${flag} ${output}: ${what}; choose another file`);
  }
}

/** Where output goes, piece by piece; `commit` when it is whole, `abort` to leave nothing. */
export interface OutputSink {
  write(text: string): Promise<void>;
  /** Puts the file in place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  abort(): Promise<void>;
}

/** The process's own standard output and error, for `-o /dev/stdout` and `-o /dev/stderr`. */
export interface StandardStreams {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

/** `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1` …: the descriptor number, or null. */
function descriptorOf(path: string): number | null {
  if (path === '/dev/stdin') return 0;
  if (path === '/dev/stdout') return 1;
  if (path === '/dev/stderr') return 2;
  const m = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : null;
}

/**
 * Opens `path` for the report (see the module comment for what each kind of path gets);
 * `standard` writes /dev/stdout and /dev/stderr (null: they are paths like any other);
 * messages name the path as the value of `flag`.
 */
export async function openOutput(path: string, standard: StandardStreams | null, flag = '--output'): Promise<OutputSink> {
  const failed = (error: unknown): FactdiffError => (error instanceof FactdiffError ? error : cannotWrite(flag, path, error));
  const fd = descriptorOf(path);
  if (standard !== null && (fd === 1 || fd === 2)) {
    // Through the process's stream (a pipe's, a terminal's): its errors are the stream's.
    const write = fd === 1 ? standard.stdout : standard.stderr;
    return { write: async (text) => write(text), commit: async () => {}, abort: async () => {} };
  }
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw failed(error);
    if (isLink(path)) throw new FactdiffError(`${flag} ${path}: is a symbolic link to a file that does not exist; give the file itself`);
    return writeAtomically(path, null, failed);
  }
  if (info.isDirectory()) throw new FactdiffError(`${flag} ${path}: is a directory; give a file name`);
  if (info.isFile() && fd === null) return writeAtomically(realpathSync(path), info, failed);
  return openDirectly(path, failed);
}

/** "--output x/y.txt: cannot write (no such folder x)": a failed write, in words where a code would puzzle. */
export function cannotWrite(flag: string, path: string, error: unknown): FactdiffError {
  const code = (error as { code?: string }).code;
  const why =
    code === 'ENOENT' ? `no such folder ${dirname(path) || '.'}`
    : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
    : code === 'EROFS' ? 'read-only file system'
    : code ?? String(error);
  return new FactdiffError(`${flag} ${path}: cannot write (${why})`);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * Writes straight to a device, FIFO or open descriptor, appending (a descriptor the shell
 * opened with `>>` keeps what it held).
 */
function openDirectly(path: string, failed: (error: unknown) => FactdiffError): OutputSink {
  let fd: number;
  try {
    fd = openSync(path, 'a');
  } catch (error) {
    throw failed(error);
  }
  const close = (): void => {
    if (fd < 0) return;
    try {
      closeSync(fd);
    } finally {
      fd = -1;
    }
  };
  return {
    write: async (text) => {
      try {
        writeAll(fd, text);
      } catch (error) {
        close();
        throw failed(error);
      }
    },
    commit: async () => {
      try {
        close();
      } catch (error) {
        throw failed(error);
      }
    },
    abort: async () => {
      try {
        close();
      } catch {
        // the write's own error is the one to report
      }
    },
  };
}

/** Writes all of `text` to a descriptor, however many writes it takes (a write may be short). */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let at = 0; at < bytes.length; ) {
    const n = writeSync(fd, bytes, at, bytes.length - at);
    if (n <= 0) throw Object.assign(new Error('nothing written'), { code: 'EIO' });
    at += n;
  }
}

/** Temporary files being written, removed if a signal ends the run first. */
const temporaries = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Removes the temporary files and ends the process by `signal`, as it would have ended
 * without a handler (a shell then reports 128 + the signal's number: 130 for Ctrl-C).
 */
export function endBySignal(signal: NodeJS.Signals): void {
  for (const file of temporaries) rmSync(file, { force: true });
  temporaries.clear();
  for (const s of SIGNALS) process.removeListener(s, endBySignal);
  process.kill(process.pid, signal);
  // Still here: the signal is ignored (nohup ignores SIGHUP). End as a shell would report it.
  process.exit(128 + (constants.signals[signal] ?? 1));
}

/** The launcher (bin/factdiff.js) that started this process, when it must end with it. */
let parent: number | null = null;

/**
 * When bin/factdiff.js started this process (with an IPC channel), the launcher's end means
 * that nobody waits for this run: it ends as if hung up, removing a half-written --output,
 * rather than run on and write the file later. The channel closes however the launcher
 * ends (SIGKILL too) and does not keep this process alive. A run busy checking hears of it
 * only between its steps, so --output also looks (a new parent) before each write and
 * before it renames the file into place.
 */
export function endWithParent(): void {
  if (!process.channel) return;
  parent = process.ppid;
  process.channel.unref();
  process.once('disconnect', () => endBySignal('SIGHUP'));
}

function endIfOrphaned(): void {
  if (parent !== null && process.ppid !== parent) endBySignal('SIGHUP');
}

function track(file: string): void {
  if (temporaries.size === 0) for (const s of SIGNALS) process.on(s, endBySignal);
  temporaries.add(file);
}

function untrack(file: string): void {
  temporaries.delete(file);
  if (temporaries.size === 0) for (const s of SIGNALS) process.removeListener(s, endBySignal);
}

/**
 * Writes a regular file piece by piece (batch output, as each story is done) to a
 * temporary file beside it, renamed over it by `commit`; `existing` is the file there now,
 * whose mode (and owner, as root) the new one keeps. The temporary name has a fixed length,
 * so that a long valid name never makes one over the system's limit.
 */
async function writeAtomically(path: string, existing: { mode: number; uid: number; gid: number } | null, failed: (error: unknown) => FactdiffError): Promise<OutputSink> {
  const temporary = join(dirname(path), `.factdiff-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'wx', existing === null ? 0o666 : existing.mode & 0o7777);
  } catch (error) {
    throw failed(error);
  }
  track(temporary);
  let closed = false;
  const abort = async (): Promise<void> => {
    if (!closed) await handle.close().catch(() => {});
    closed = true;
    await rm(temporary, { force: true });
    untrack(temporary);
  };
  return {
    write: async (text) => {
      endIfOrphaned();
      try {
        await handle.writeFile(text);
      } catch (error) {
        await abort();
        throw failed(error);
      }
    },
    commit: async () => {
      try {
        if (existing !== null) {
          // open() applied the umask; the file keeps the mode it had (set after the owner,
          // since a change of owner clears set-user-ID bits).
          if (process.getuid?.() === 0) await chown(temporary, existing.uid, existing.gid).catch(() => {});
          await chmod(temporary, existing.mode & 0o7777);
        }
        await handle.close();
        closed = true;
        endIfOrphaned();
        await rename(temporary, path);
      } catch (error) {
        await abort();
        throw failed(error);
      }
      untrack(temporary);
    },
    abort,
  };
}

/** Opens a file that is written whole or not at all (a page of an HTML batch), as -o does. */
export function openAtomically(path: string): Promise<OutputSink> {
  return openOutput(path, null);
}

/** Where a batch's stories go, one at a time, in batch order. */
export interface BatchOutput {
  story(s: StoryResult): Promise<void>;
  /** Writes what follows the last story and puts the output in place. */
  end(): Promise<void>;
  /** Leaves nothing half-written behind. */
  abort(): Promise<void>;
}

/** A batch as one stream (text, JSON, JSON Lines) into `sink`; stories are rendered only when `printed`. */
export function streamOutput(sink: OutputSink, writer: BatchWriter, printed: boolean): BatchOutput {
  let started = false;
  const write = async (text: string): Promise<void> => {
    if (!started) {
      started = true;
      await sink.write(writer.head);
    }
    await sink.write(text);
  };
  return {
    story: async (s) => {
      if (printed) await write(writer.story(s));
    },
    end: async () => {
      await write(writer.end());
      await sink.commit();
    },
    abort: () => sink.abort(),
  };
}
