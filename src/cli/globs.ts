/**
 * Globs for shells that do not expand them (`factdiff 'drafts/*.txt'`, Windows cmd):
 * an argument with * ? or [ that names no existing file is expanded, sorted by name.
 * A pattern that matches nothing is left as written, so the read stage reports it.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

const MAGIC = /[*?[]/;

function toRegExp(pattern: string): RegExp {
  let re = '';
  for (const ch of pattern) {
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[' || ch === ']') re += ch;
    else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Expands glob patterns in the file-name part of each path. */
export async function expandGlobs(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (path === '-' || !MAGIC.test(basename(path)) || existsSync(path) || MAGIC.test(dirname(path))) {
      out.push(path);
      continue;
    }
    const dir = dirname(path);
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      names = [];
    }
    const re = toRegExp(basename(path));
    const matches = names.filter((n) => re.test(n) && !n.startsWith('.')).sort();
    if (matches.length === 0) out.push(path);
    else out.push(...matches.map((n) => (dir === '.' && !path.startsWith('./') ? n : join(dir, n))));
  }
  return out;
}
