/**
 * `-o/--output FILE`: the report is written to a temporary file beside the target and
 * renamed over it, so a reader never sees half a report and an interrupted run leaves
 * nothing behind. A path that is one of the inputs is refused: factdiff never
 * overwrites what the user gave it.
 */
import { realpathSync, rmSync } from 'node:fs';
import { ExitCode } from './exit-codes.js';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FactdiffError } from '../errors.js';

function canonical(path: string): string {
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

/** Writes `content` to `path` atomically. */
export async function writeAtomically(path: string, content: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.factdiff-tmp`);
  // Interrupted while writing: remove the temporary file, then exit as interrupted.
  const onInterrupt = (): void => {
    rmSync(temporary, { force: true });
    process.exit(ExitCode.Interrupted);
  };
  process.once('SIGINT', onInterrupt);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as { code?: string }).code ?? String(error);
    throw new FactdiffError(`--output ${path}: cannot write (${code})`);
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
