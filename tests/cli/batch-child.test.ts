/** bin/batch-child.js: when bin/factdiff.js runs a batch in a child process with V8 flags. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { batchNodeFlags, BATCH_NODE_FLAGS } = createRequire(import.meta.url)('../../bin/batch-child.js') as {
  batchNodeFlags: (args: string[], execArgv: string[], env: Record<string, string | undefined>, v8Version: string) => string[] | null;
  BATCH_NODE_FLAGS: string[];
};
const NODE_20_V8 = '11.3.244.8-node.33';

describe('batchNodeFlags', () => {
  it('gives the flags for a batch on Node 20 with no node flags of its own', () => {
    expect(batchNodeFlags(['batch', 'stories/', '-q'], [], {}, NODE_20_V8)).toEqual(['--single-threaded', '--max-semi-space-size=2']);
    expect(BATCH_NODE_FLAGS).toEqual(['--single-threaded', '--max-semi-space-size=2']);
  });

  it('runs in the process for any other command, and for help or settings', () => {
    for (const args of [[], ['a.txt', 'b.txt'], ['extract', 'a.txt'], ['batch', '--help'], ['batch', 'dir', '-h'], ['batch', 'dir', '--print-config'], ['a.txt', 'batch']]) {
      expect(batchNodeFlags(args, [], {}, NODE_20_V8)).toBeNull();
    }
  });

  it('leaves node flags the user gave, and the child itself, in the process', () => {
    expect(batchNodeFlags(['batch', 'dir'], ['--max-old-space-size=4096'], {}, NODE_20_V8)).toBeNull();
    expect(batchNodeFlags(['batch', 'dir'], [...BATCH_NODE_FLAGS], {}, NODE_20_V8)).toBeNull();
  });

  it('is turned off by FACTDIFF_NO_BATCH_CHILD, and on a V8 it was not measured on', () => {
    expect(batchNodeFlags(['batch', 'dir'], [], { FACTDIFF_NO_BATCH_CHILD: '1' }, NODE_20_V8)).toBeNull();
    expect(batchNodeFlags(['batch', 'dir'], [], {}, '12.4.254.21-node.33')).toBeNull();
  });
});
