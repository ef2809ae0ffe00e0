/**
 * Entry point of the V8 startup snapshot (scripts/build.mjs bundles it with compromise
 * and runs `node --build-snapshot` on it). Building runs the top level: compromise is
 * loaded and warmed up once, then frozen into dist/factdiff.blob. Each run starts from
 * that state in the main function below, so it pays neither for loading the library
 * nor for compiling the tagger. bin/factdiff.js decides whether the blob can be used.
 */
import { startupSnapshot } from 'node:v8';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { forgetTaggedTexts, useCompromise } from '../src/extract/nlp.js';
import { run } from '../src/cli/node.js';
import { main, type Io } from '../src/cli/main.js';
import { checkOnThisThread, setWorkerLocation } from '../src/cli/batch.js';
import { checkStory } from '../src/cli/story.js';

declare const require: (id: string) => unknown;

useCompromise(() => require('compromise/two'));
const WARM_A =
  'At least 25 people were killed and 73 injured, including 15 children, when a tram derailed on Monday, ' +
  'regional transport minister Olek Danowski said.\n\n"We will rebuild this line," Mayor Anna Kovacs told reporters. ' +
  'Fire chief Jan Novak said three of the injured were in a critical condition.\n';
const WARM_B =
  'The derailment killed 25 people and injured 70, among them 12 children, Transport Minister Olek Danowski said on Tuesday.\n\n' +
  '"We will rebuild the line," Kovacs said. Almost half of the 120 passengers were hurt, city officials said.\n';
// Run whole checks once, through the command line as a user would (argument parsing,
// reading and decoding files, extraction, alignment, judging, rendering), so that the
// bytecode of every stage is compiled before the state is frozen: about 20 ms off a pair.
// The snapshot is taken once the event loop is empty, after this has finished.
void (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-snapshot-'));
  try {
    const files = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    writeFileSync(files[0]!, WARM_A);
    writeFileSync(files[1]!, WARM_B);
    const io = (tty: boolean): Io => ({ readStdin: async () => new Uint8Array(), stdout: () => {}, stderr: () => {}, env: {}, stdoutIsTTY: tty, cwd: dir });
    await main(files, io(true));
    await main(['--format', 'json', ...files], io(false));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    forgetTaggedTexts();
  }
})().catch((error: unknown) => {
  // The warm-up only saves time; a snapshot without it still works.
  process.stderr.write(`factdiff build: snapshot warm-up skipped: ${(error as Error).message}\n`);
});

startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob DIST/factdiff.blob -- ARGS`: the worker sits beside it.
  const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1] ?? '';
  setWorkerLocation(pathToFileURL(join(dirname(blob), 'bundle', 'batch-worker.js')));
  // compromise is loaded and warm on this thread: a batch checks stories here too, beside
  // one worker fewer (a worker starts cold).
  checkOnThisThread(checkStory);
  run(process.argv.slice(1)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`factdiff: internal error: ${(error as Error).message}\n`);
      process.exitCode = 2;
    },
  );
});
