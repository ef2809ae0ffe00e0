import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { main, type Io } from '../src/cli/main.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = join(ROOT, '..', 'shared');
export const SEEDS = join(SHARED, 'seeds');
export const hasSeeds = existsSync(SEEDS);

/** Runs the CLI in-process and captures what it writes. */
export async function runCli(argv: string[], options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
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
    stdoutIsTTY: false,
    cwd: options.cwd ?? ROOT,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
