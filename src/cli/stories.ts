/**
 * Finding the stories of `factdiff batch`, and the reports in a folder.
 *
 * A story is each subdirectory of a directory (its report files sorted by name; `reference.*`
 * or `--reference-name` marks the reference), or each group of a JSON or CSV manifest. Only
 * regular files are reports: a FIFO would block the batch and a device (a link to
 * /dev/zero) never end, so they are left out with a warning. A story that cannot be read
 * (a folder without permission, a manifest path outside the manifest's folder) carries
 * the reason and fails alone; a manifest that is not valid fails the batch.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { FactdiffError } from '../errors.js';
import { readFileBounded } from '../read/index.js';
import { readJsonFile } from './config.js';

/** One group of reports to check together. */
export interface Story {
  /** Name shown in output: the directory name or the manifest's group name. */
  readonly name: string;
  /** Report paths; the reference first when there is one. */
  readonly paths: readonly string[];
  /** True when the first path is the reference. */
  readonly reference: boolean;
  /** Why the story cannot be checked, found while finding it: it then fails alone with it. */
  readonly error?: string;
  /** Files of the story left out, and why: printed as warnings with its outcome. */
  readonly warnings?: readonly string[];
}

/** How to find stories. */
export interface FindOptions {
  /** In each story folder, the file that is the reference (default: `reference.*`). */
  readonly referenceName?: string | undefined;
  /** The size limit of what is read (the manifest). */
  readonly maxBytes: number;
  /** Read manifest paths that lead out of the manifest's folder. */
  readonly allowOutside?: boolean;
}

/** Finds the stories of a directory or manifest. */
export async function findStories(target: string, options: FindOptions): Promise<Story[]> {
  let info;
  try {
    info = statSync(target);
  } catch {
    throw new FactdiffError(`${target}: no such directory or manifest`);
  }
  if (info.isDirectory()) return storiesOfDirectory(target, options.referenceName);
  const manifest = { path: target, base: dirname(target), allowOutside: options.allowOutside ?? false };
  if (extname(target).toLowerCase() === '.csv') {
    const text = readFileBounded(target, options.maxBytes).bytes.toString('utf8');
    return storiesOfCsv(text, manifest);
  }
  return storiesOfJson(readJsonFile(target, options.maxBytes), manifest);
}

/** Files that are reports: plain text, Markdown or HTML, or no extension at all. */
const REPORT_FILE = /(?:\.(?:txt|text|md|markdown|html?)|^[^.]+)$/i;

/** Sorts by name, code unit by code unit (the same order on every machine and locale). */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The report files of a folder, sorted by name, and warnings for files left out: hidden
 * files and other extensions are not reports; a FIFO, device, socket or broken link among
 * them is left out with a warning. Throws a FactdiffError when the folder cannot be read.
 */
export function reportFilesIn(dir: string): { files: string[]; warnings: string[] } {
  const listed = listFolder(dir);
  if ('error' in listed) throw new FactdiffError(`${dir}: ${listed.error}`);
  return listed;
}

function listFolder(dir: string): { files: string[]; warnings: string[] } | { error: string } {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    return { error: `cannot read the folder (${describe(error)})` };
  }
  const files: string[] = [];
  const warnings: string[] = [];
  for (const name of entries.map((e) => e.name).sort(byName)) {
    if (name.startsWith('.') || !REPORT_FILE.test(name)) continue;
    const path = join(dir, name);
    let kind: string;
    try {
      const info = statSync(path);
      if (info.isFile()) {
        files.push(path);
        continue;
      }
      if (info.isDirectory()) continue;
      kind = info.isFIFO() ? 'a FIFO' : info.isSocket() ? 'a socket' : 'a device';
    } catch (error) {
      kind = (error as { code?: string }).code === 'ENOENT' ? 'a broken link' : `cannot be read: ${describe(error)}`;
    }
    warnings.push(`${path}: not a regular file (${kind}); left out`);
  }
  return { files, warnings };
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code ?? String(error);
}

function isReference(file: string, referenceName: string | undefined): boolean {
  return referenceName !== undefined ? file === referenceName : /^reference(\.|$)/i.test(file);
}

/** Each subdirectory (or link to one) is a story; one that cannot be read fails alone. */
function storiesOfDirectory(dir: string, referenceName: string | undefined): Story[] {
  const stories: Story[] = [];
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort(byName)) {
    const folder = join(dir, name);
    try {
      if (!statSync(folder).isDirectory()) continue;
    } catch {
      continue;
    }
    const listed = listFolder(folder);
    if ('error' in listed) {
      stories.push({ name, paths: [], reference: false, error: listed.error });
      continue;
    }
    const ref = listed.files.find((f) => isReference(f.slice(folder.length + 1), referenceName));
    const paths = ref ? [ref, ...listed.files.filter((f) => f !== ref)] : listed.files;
    stories.push({ name, paths, reference: ref !== undefined, ...(listed.warnings.length > 0 ? { warnings: listed.warnings } : {}) });
  }
  return stories;
}

interface Manifest {
  readonly path: string;
  /** The manifest's folder: relative paths start there. */
  readonly base: string;
  readonly allowOutside: boolean;
}

const STORY_KEYS = ['name', 'reports', 'reference'];

/** JSON manifest: `[{"name": "…", "reports": ["a.txt", …], "reference": "wire.txt"}]` (or `{"stories": […]}`). */
function storiesOfJson(doc: unknown, manifest: Manifest): Story[] {
  const { path } = manifest;
  const shape = `expected a list of stories [{"name", "reports", "reference"}] or {"stories": [...]}`;
  let groups: unknown;
  if (Array.isArray(doc)) groups = doc;
  else if (typeof doc === 'object' && doc !== null) {
    for (const key of Object.keys(doc)) if (key !== 'stories') throw new FactdiffError(`${path}: "${key}" is not a key of a manifest; ${shape}`);
    groups = (doc as { stories?: unknown }).stories;
  }
  if (!Array.isArray(groups)) throw new FactdiffError(`${path}: ${shape}`);
  return groups.map((g: unknown, i) => {
    const where = `${path}: story ${i + 1}`;
    if (typeof g !== 'object' || g === null || Array.isArray(g)) throw new FactdiffError(`${where}: expected an object {"name", "reports", "reference"}`);
    const group = g as Record<string, unknown>;
    for (const key of Object.keys(group)) {
      if (!STORY_KEYS.includes(key)) throw new FactdiffError(`${where}: "${key}" is not a key of a story; known keys: ${STORY_KEYS.join(', ')}`);
    }
    if (!Array.isArray(group.reports) || !group.reports.every((r) => typeof r === 'string' && r !== '')) {
      throw new FactdiffError(`${where}: "reports" must be a list of paths`);
    }
    if (group.name !== undefined && typeof group.name !== 'string') throw new FactdiffError(`${where}: "name" must be a string`);
    if (group.reference !== undefined && (typeof group.reference !== 'string' || group.reference === '')) throw new FactdiffError(`${where}: "reference" must be a path`);
    const ref = typeof group.reference === 'string' ? [group.reference] : [];
    return manifestStory(typeof group.name === 'string' ? group.name : `story ${i + 1}`, [...ref, ...(group.reports as string[])], ref.length > 0, manifest);
  });
}

/** Values of a CSV manifest's reference column that mark the reference, and that do not. */
const YES = new Set(['reference', 'yes', 'y', 'true', '1', 'x']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

/**
 * CSV manifest: one report a row, `story,path[,reference]` (RFC 4180: quoted fields may hold
 * commas, quotes and line breaks; a BOM and CRLF are fine). A first row naming the columns
 * (`story`, `path`, and `reference` or `role`, in any order) is a header; without one the
 * columns are in that order. A reference column of `yes`, `true`, `1`, `x` or `reference`
 * marks the story's reference.
 */
async function storiesOfCsv(text: string, manifest: Manifest): Promise<Story[]> {
  const { path } = manifest;
  // Loaded here: only a CSV manifest needs it.
  const { parse } = await import('csv-parse/sync');
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    throw new FactdiffError(`${path}: not valid CSV (${(error as Error).message})`);
  }
  let columns = { story: 0, path: 1, reference: 2 as number | null };
  const first = rows[0]?.record.map((c) => c.toLowerCase());
  if (first?.[0] === 'story' || first?.includes('path')) {
    const at = (name: string): number | null => (first.includes(name) ? first.indexOf(name) : null);
    const unknown = first.find((c) => !['story', 'path', 'reference', 'role'].includes(c));
    if (unknown !== undefined) throw new FactdiffError(`${path}:1: "${unknown}" is not a column; use story, path and reference`);
    const story = at('story');
    const file = at('path');
    if (story === null || file === null) throw new FactdiffError(`${path}:1: the header needs the columns story and path`);
    columns = { story, path: file, reference: at('reference') ?? at('role') };
    rows = rows.slice(1);
  }
  const width = Math.max(columns.story, columns.path, columns.reference ?? 0) + 1;
  const groups = new Map<string, { paths: string[]; reference: string | null }>();
  for (const { record, info } of rows) {
    const line = `${path}:${info.lines}`;
    if (record.length > width) throw new FactdiffError(`${line}: ${record.length} columns; expected story,path[,reference]`);
    const story = record[columns.story] ?? '';
    const file = record[columns.path] ?? '';
    if (story === '' || file === '') throw new FactdiffError(`${line}: expected story,path[,reference]`);
    const mark = (columns.reference === null ? '' : record[columns.reference] ?? '').toLowerCase();
    if (!YES.has(mark) && !NO.has(mark)) throw new FactdiffError(`${line}: reference column: '${mark}' is neither yes nor no`);
    const g = groups.get(story) ?? { paths: [], reference: null };
    if (YES.has(mark)) {
      if (g.reference !== null) throw new FactdiffError(`${line}: story '${story}' has a reference already`);
      g.reference = file;
    } else g.paths.push(file);
    groups.set(story, g);
  }
  return [...groups].map(([name, g]) => manifestStory(name, g.reference ? [g.reference, ...g.paths] : g.paths, g.reference !== null, manifest));
}

/**
 * A story of a manifest, its paths relative to the manifest's folder. A path that leads out
 * of that folder (`../`, an absolute path elsewhere) is not read unless allowed: a manifest
 * handed over by someone else must not make factdiff print parts of any file it can read.
 */
function manifestStory(name: string, files: readonly string[], reference: boolean, manifest: Manifest): Story {
  const base = resolve(manifest.base);
  const paths = files.map((p) => (isAbsolute(p) ? p : join(manifest.base, p)));
  if (!manifest.allowOutside) {
    const outside = files.find((p) => {
      const rel = relative(base, resolve(manifest.base, p));
      return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
    });
    if (outside !== undefined) {
      return { name, paths, reference, error: `${outside}: outside the manifest's folder; not read (--allow-outside reads it)` };
    }
  }
  return { name, paths, reference };
}
