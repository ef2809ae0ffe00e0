/**
 * `-o/--output FILE`: the report is written to a temporary file beside the target and
 * renamed over it, so a reader never sees half a report and an interrupted run leaves
 * nothing behind. A path that is one of the inputs is refused: factdiff never
 * overwrites what the user gave it.
 */
import { realpathSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FactdiffError } from '../errors.js';

/** Temporary files being written; removed if the process is interrupted. */
export const pendingTemporaryFiles = new Set<string>();

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
  pendingTemporaryFiles.add(temporary);
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as { code?: string }).code ?? String(error);
    throw new FactdiffError(`--output ${path}: cannot write (${code})`);
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}
