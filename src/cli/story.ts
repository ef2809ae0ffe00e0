/**
 * Checking one story of a batch: read its reports, check them, and answer with the result
 * or the reason the story failed. One story's trouble never stops the others. Runs in a
 * batch worker thread, or on the main thread when it is a member of the pool (batch.ts).
 */
import { check } from '../check.js';
import { FactdiffError } from '../errors.js';
import { readReports } from '../read/index.js';
import type { StoryJob, StoryOutcome } from './batch.js';

export async function checkStory(job: StoryJob): Promise<StoryOutcome> {
  try {
    if (job.story.error !== undefined) throw new FactdiffError(job.story.error);
    if (job.story.paths.length < 2) throw new FactdiffError(`needs at least two reports (has ${job.story.paths.length})`);
    const { reports, warnings } = await readReports(job.story.paths, {
      readStdin: async () => new Uint8Array(),
      stdinName: '<stdin>',
      maxBytes: job.maxBytes,
      encoding: job.encoding,
      inputFormat: job.inputFormat,
      // A FIFO would block the batch, a device never end: the story fails alone instead.
      regularOnly: true,
    });
    const result = check(reports, { ...job.options, reference: job.story.reference });
    return { index: job.index, ok: true, result, warnings: [...(job.story.warnings ?? []), ...warnings] };
  } catch (error) {
    const message = error instanceof FactdiffError ? error.message : `internal error: ${(error as Error).message}`;
    return { index: job.index, ok: false, error: message };
  }
}
