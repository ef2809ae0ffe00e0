import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { main, type Io } from '../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const hasSeeds = existsSync(SEEDS);

/** Runs the CLI in-process and captures what it writes. */
export async function runCli(argv: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string; stdoutIsTTY?: boolean; stderrIsTTY?: boolean } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    readStdin: async () => new TextEncoder().encode(options.stdin ?? ''),
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    cwd: options.cwd ?? ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A batch directory: two fixture stories and one story that cannot be checked. */
export function batchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdiff-batch-'));
  for (const name of ['council-titles', 'plant-explosion']) {
    mkdirSync(join(dir, name));
    for (const f of ['gazette.txt', 'herald.txt', 'local.txt', 'wire.txt']) {
      try {
        cpSync(join(ROOT, 'fixtures', name, f), join(dir, name, f));
      } catch {
        // not every fixture has every file
      }
    }
  }
  mkdirSync(join(dir, 'a-broken'));
  writeFileSync(join(dir, 'a-broken', 'only.txt'), 'Seven people died.');
  return dir;
}
