/**
 * `-o/--output FILE`: the report is written to a temporary file beside the target and
 * renamed over it, so a reader never sees half a report and an interrupted run leaves
 * nothing behind. A path that is one of the inputs is refused: factdiff never
 * overwrites what the user gave it.
 */
import { realpathSync, rmSync } from 'node:fs';
import { ExitCode } from './exit-codes.js';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FactdiffError } from '../errors.js';
import type { BatchWriter, StoryResult } from '../render/batch.js';

/** A path as the filesystem knows it (symbolic links followed), to compare two paths. */
export function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Throws when `output` names one of `inputs`. */
export function refuseInput(output: string, inputs: readonly string[]): void {
  const target = canonical(output);
  for (const input of inputs) {
    if (input !== '-' && canonical(input) === target) {
      throw new FactdiffError(`--output ${output}: is one of the reports; choose another file`);
    }
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

/**
 * Opens `path` for writing piece by piece (batch output, as each story is done): the
 * pieces go to a temporary file beside it, renamed over it by `commit`. Ctrl-C meanwhile
 * removes the temporary file, then exits as interrupted.
 */
export async function openAtomically(path: string): Promise<OutputSink> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.factdiff-tmp`);
  const onInterrupt = (): void => {
    rmSync(temporary, { force: true });
    process.exit(ExitCode.Interrupted);
  };
  const failed = (error: unknown): FactdiffError =>
    new FactdiffError(`--output ${path}: cannot write (${(error as { code?: string }).code ?? String(error)})`);
  let handle: FileHandle;
  try {
    handle = await open(temporary, 'w');
  } catch (error) {
    throw failed(error);
  }
  process.once('SIGINT', onInterrupt);
  const abort = async (): Promise<void> => {
    process.removeListener('SIGINT', onInterrupt);
    await handle.close().catch(() => {});
    await rm(temporary, { force: true });
  };
  return {
    write: async (text) => {
      try {
        await handle.writeFile(text);
      } catch (error) {
        await abort();
        throw failed(error);
      }
    },
    commit: async () => {
      try {
        await handle.close();
        await rename(temporary, path);
      } catch (error) {
        await abort();
        throw failed(error);
      }
      process.removeListener('SIGINT', onInterrupt);
    },
    abort,
  };
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
