/**
 * A batch worker thread: reads a story's reports and checks them; answers with the
 * result or the reason the story failed. One story's trouble never stops the others.
 */
import { parentPort } from 'node:worker_threads';
import { check } from '../check.js';
import { FactdiffError } from '../errors.js';
import { readReports } from '../read/index.js';
import type { StoryJob, StoryOutcome } from './batch.js';

parentPort?.on('message', async (job: StoryJob) => {
  let outcome: StoryOutcome;
  try {
    if (job.story.paths.length < 2) throw new FactdiffError(`needs at least two reports (has ${job.story.paths.length})`);
    const { reports, warnings } = await readReports(job.story.paths, {
      readStdin: async () => new Uint8Array(),
      stdinName: '<stdin>',
      maxBytes: job.maxBytes,
      encoding: job.encoding,
    });
    const result = check(reports, { ...job.options, reference: job.story.reference });
    outcome = { index: job.index, ok: true, result, warnings };
  } catch (error) {
    const message = error instanceof FactdiffError ? error.message : `internal error: ${(error as Error).message}`;
    outcome = { index: job.index, ok: false, error: message };
  }
  parentPort!.postMessage(outcome);
});
