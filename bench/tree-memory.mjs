// Peak memory of a command and every process it starts (Linux: /proc), for commands that
// run in more than one process, as `factdiff batch` does (the launcher and its child).
// GNU time's %M is the peak RSS of the largest process of the tree only (wait4 reports the
// maximum over a process and its children, not their sum).
//   node bench/tree-memory.mjs CMD [ARGS...]   prints JSON
// Samples the tree every 20 ms: `sampledSumMB` is the largest sum of the processes' RSS seen
// at one sample (the true peak of the sum can fall between samples); `sumOfPeaksMB` adds up
// each process's own peak (VmHWM, read at its last sample), which the sum cannot pass but
// for the kernel's lazy counting, as the processes need not peak at the same moment;
// `largestMB` is the largest VmHWM, the figure GNU time gives.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Process ids of `pid` and its descendants. */
function tree(pid) {
  const found = [];
  const todo = [pid];
  while (todo.length > 0) {
    const p = todo.pop();
    found.push(p);
    try {
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const kid of readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').split(' ')) if (kid.trim() !== '') todo.push(Number(kid));
      }
    } catch {
      // ended between two reads
    }
  }
  return found;
}

/** VmRSS and VmHWM of `pid` in MB, or null once it has ended. */
function rss(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) / 1024;
    return { now: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return null;
  }
}

/** Runs `cmd args` (output discarded); resolves to its exit status and peak memory, or null memory off Linux. */
export function treeMemory(cmd, args, options = {}) {
  const linux = existsSync('/proc/self/status');
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'ignore', ...options });
    const peaks = new Map();
    let sampledSum = 0;
    const sample = () => {
      if (!linux) return;
      let sum = 0;
      for (const pid of tree(child.pid)) {
        const m = rss(pid);
        if (m === null || Number.isNaN(m.now)) continue;
        sum += m.now;
        peaks.set(pid, m.peak);
      }
      sampledSum = Math.max(sampledSum, sum);
    };
    const timer = setInterval(sample, 20);
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('exit', (status, signal) => {
      clearInterval(timer);
      const all = [...peaks.values()];
      resolve({
        status,
        signal,
        processes: all.length,
        sampledSumMB: linux ? sampledSum : null,
        sumOfPeaksMB: linux ? all.reduce((a, b) => a + b, 0) : null,
        largestMB: linux ? Math.max(0, ...all) : null,
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [cmd, ...args] = process.argv.slice(2);
  if (cmd === undefined) {
    process.stderr.write('usage: node bench/tree-memory.mjs CMD [ARGS...]\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(`${JSON.stringify(await treeMemory(cmd, args))}\n`);
  }
}
