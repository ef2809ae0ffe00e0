/**
 * `factdiff batch <dir|manifest>`: many stories at once.
 *
 * A story is a group of reports: each subdirectory of a directory (files sorted by name;
 * `reference.*` or `--reference-name` marks the reference), or a group in a JSON or CSV
 * manifest. Stories are checked in parallel on worker threads and printed in a stable
 * order; a story whose files cannot be read fails on its own and the rest go on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { FactdiffError } from '../errors.js';
import type { CheckOptions, CheckResult } from '../types.js';
import type { EncodingName } from '../read/index.js';

/** One group of reports to check together. */
export interface Story {
  /** Name shown in output: the directory name or the manifest's group name. */
  readonly name: string;
  /** Report paths; the reference first when there is one. */
  readonly paths: readonly string[];
  /** True when the first path is the reference. */
  readonly reference: boolean;
}

/** What a worker is asked to do. */
export interface StoryJob {
  readonly index: number;
  readonly story: Story;
  readonly options: CheckOptions;
  readonly maxBytes: number;
  readonly encoding: EncodingName;
}

/** What a worker answers. */
export type StoryOutcome =
  | { readonly index: number; readonly ok: true; readonly result: CheckResult; readonly warnings: readonly string[] }
  | { readonly index: number; readonly ok: false; readonly error: string };

/** Finds the stories of a directory or manifest. */
export async function findStories(target: string, referenceName: string | undefined): Promise<Story[]> {
  let info;
  try {
    info = await stat(target);
  } catch {
    throw new FactdiffError(`${target}: no such directory or manifest`);
  }
  if (info.isDirectory()) return storiesOfDirectory(target, referenceName);
  const text = await readFile(target, 'utf8');
  const base = dirname(target);
  return extname(target).toLowerCase() === '.csv' ? storiesOfCsv(text, base, target) : storiesOfJson(text, base, target);
}

/** Files that are reports: plain text or Markdown, or no extension at all. */
const REPORT_FILE = /(?:\.(?:txt|text|md|markdown)|^[^.]+)$/i;

function isReference(file: string, referenceName: string | undefined): boolean {
  return referenceName !== undefined ? file === referenceName : /^reference(\.|$)/i.test(file);
}

async function storiesOfDirectory(dir: string, referenceName: string | undefined): Promise<Story[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  const stories: Story[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const files = (await readdir(join(dir, e.name), { withFileTypes: true }))
      .filter((f) => !f.isDirectory() && !f.name.startsWith('.') && REPORT_FILE.test(f.name))
      .map((f) => f.name)
      .sort();
    const ref = files.find((f) => isReference(f, referenceName));
    const ordered = ref ? [ref, ...files.filter((f) => f !== ref)] : files;
    stories.push({ name: e.name, paths: ordered.map((f) => join(dir, e.name, f)), reference: ref !== undefined });
  }
  return stories;
}

/** JSON manifest: `[{"name": "…", "reports": ["a.txt", …], "reference": "wire.txt"}]` (or `{"stories": […]}`). */
function storiesOfJson(text: string, base: string, path: string): Story[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new FactdiffError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const groups = Array.isArray(doc) ? doc : (doc as { stories?: unknown }).stories;
  if (!Array.isArray(groups)) throw new FactdiffError(`${path}: expected a list of stories or {"stories": [...]}`);
  return groups.map((g: unknown, i) => {
    const group = g as { name?: unknown; reports?: unknown; reference?: unknown };
    if (!Array.isArray(group.reports) || !group.reports.every((r) => typeof r === 'string')) {
      throw new FactdiffError(`${path}: story ${i + 1}: "reports" must be a list of paths`);
    }
    const ref = typeof group.reference === 'string' ? [group.reference] : [];
    return {
      name: typeof group.name === 'string' ? group.name : `story ${i + 1}`,
      paths: [...ref, ...(group.reports as string[])].map((p) => resolvePath(base, p)),
      reference: ref.length > 0,
    };
  });
}

/** CSV manifest: `story,path[,role]` per line (a header line is allowed); role `reference` marks it. */
function storiesOfCsv(text: string, base: string, path: string): Story[] {
  const groups = new Map<string, { paths: string[]; reference: string | null }>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '' || (i === 0 && /^story\s*,/i.test(line))) return;
    const [story, file, role] = line.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (!story || !file) throw new FactdiffError(`${path}:${i + 1}: expected "story,path[,role]"`);
    const g = groups.get(story) ?? { paths: [], reference: null };
    if (role?.toLowerCase() === 'reference') g.reference = resolvePath(base, file);
    else g.paths.push(resolvePath(base, file));
    groups.set(story, g);
  });
  return [...groups].map(([name, g]) => ({ name, paths: g.reference ? [g.reference, ...g.paths] : g.paths, reference: g.reference !== null }));
}

function resolvePath(base: string, p: string): string {
  return p.startsWith('/') ? p : join(base, p);
}

let workerLocation: URL | null = null;

/** Sets where the worker script is (the startup snapshot has no module URL of its own). */
export function setWorkerLocation(url: URL): void {
  workerLocation = url;
}

/**
 * The worker beside this module. Workers run built JavaScript: when this module runs from
 * source (the in-process tests), they are pointed at dist/, which `npm test` builds first.
 */
function defaultWorker(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('../../dist/cli/batch-worker.js', import.meta.url)
    : new URL('./batch-worker.js', import.meta.url);
}

/** Runs the jobs on a pool of worker threads, reporting each finished story. */
export async function runStories(jobs: readonly StoryJob[], onDone: (done: number) => void): Promise<StoryOutcome[]> {
  const outcomes: StoryOutcome[] = new Array(jobs.length);
  const size = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const workerUrl = workerLocation ?? defaultWorker();
  let next = 0;
  let done = 0;
  await Promise.all(
    Array.from({ length: size }, () =>
      new Promise<void>((resolveAll, reject) => {
        // No inherited node flags: a startup snapshot's flags do not apply to workers.
        const worker = new Worker(workerUrl, { execArgv: [] });
        const feed = (): void => {
          if (next >= jobs.length) {
            void worker.terminate().then(() => resolveAll());
            return;
          }
          worker.postMessage(jobs[next++]);
        };
        worker.on('message', (outcome: StoryOutcome) => {
          outcomes[outcome.index] = outcome;
          onDone(++done);
          feed();
        });
        worker.on('error', reject);
        feed();
      }),
    ),
  );
  return outcomes;
}

