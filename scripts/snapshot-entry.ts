/**
 * Entry point of the V8 startup snapshot (scripts/build.mjs bundles it with compromise
 * and runs `node --build-snapshot` on it). Building runs the top level: compromise is
 * loaded and warmed up once, then frozen into dist/factdiff.blob. Each run starts from
 * that state in the main function below, so it pays neither for loading the library
 * nor for compiling the tagger. bin/factdiff.js decides whether the blob can be used.
 */
import { startupSnapshot } from 'node:v8';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { forgetTaggedTexts, tagText, useCompromise } from '../src/extract/nlp.js';
import { run } from '../src/cli/node.js';
import { setWorkerLocation } from '../src/cli/batch.js';

declare const require: (id: string) => unknown;

useCompromise(require('compromise/two'));
// Tag a sample so the tagger's code is compiled before the state is frozen.
tagText(
  'At least 25 people were killed and 73 injured, including 15 children, when a tram derailed on Monday, ' +
    'regional transport minister Olek Danowski said. "We will rebuild," Mayor Anna Kovacs told reporters.',
  0,
);
forgetTaggedTexts();

startupSnapshot.setDeserializeMainFunction(() => {
  // Started as `node --snapshot-blob DIST/factdiff.blob -- ARGS`: the worker sits beside it.
  const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1] ?? '';
  setWorkerLocation(pathToFileURL(join(dirname(blob), 'bundle', 'batch-worker.js')));
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
