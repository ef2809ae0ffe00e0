/**
 * The report arguments of a compare, as scripts and shells hand them over:
 * - a directory stands for the reports in it (its `.txt`, `.md`, `.html` and extensionless
 *   regular files, sorted by name, as a batch story folder is read);
 * - a pattern that names no existing file, for shells that do not expand them
 *   (`factdiff 'drafts/*.txt'`, Windows cmd), is expanded by the `glob` package: `*`, `?`,
 *   `[a-z]`, `[!x]`, `**`, `{a,b}`, in any part of the path; matches are files, sorted by
 *   name. A pattern that matches nothing is left as written, so the read stage reports it;
 * - a file a directory or pattern stands for that is the `--reference` is left out of it
 *   (`factdiff --reference drafts/wire.txt drafts/`): the reference is not also a draft.
 *   Named again on its own, it is "given twice", as any file is.
 * The glob package is loaded only for a pattern: a hand-written matcher turned a missing
 * `[` into an invalid regular expression and `*a*a*a*a*b.txt` into seconds of backtracking.
 */
import { statSync } from 'node:fs';
import { FactdiffError } from '../errors.js';
import { fileIdentity as identity } from '../read/index.js';
import { reportFilesIn } from './stories.js';

/** Characters that may make an argument a pattern (glob's own test decides). */
const MAYBE_MAGIC = /[*?[\]{}!]/;

/**
 * Expands directories and patterns among `paths`, leaving out the file `reference` (the
 * --reference, when there is one); `warn` hears of files left out.
 */
export async function expandGlobs(paths: readonly string[], warn: (message: string) => void = () => {}, reference?: string): Promise<string[]> {
  const referenceFile = reference === undefined ? null : identity(reference);
  const notReference = (files: readonly string[]): string[] => (referenceFile === null ? [...files] : files.filter((f) => identity(f) !== referenceFile));
  const out: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      out.push(path);
      continue;
    }
    let isDirectory: boolean | null = null;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      // not there: perhaps a pattern
    }
    if (isDirectory === true) {
      const { files, warnings } = reportFilesIn(path);
      for (const w of warnings) warn(w);
      if (files.length === 0) throw new FactdiffError(`${path}: no reports in this folder (.txt, .md, .html or files without an extension)`);
      out.push(...notReference(files));
    } else if (isDirectory === null && MAYBE_MAGIC.test(path)) {
      const found = await matches(path);
      out.push(...(found.length === 1 && found[0] === path ? found : notReference(found)));
    } else {
      out.push(path);
    }
  }
  return out;
}

/** The files a pattern matches, sorted by name; the pattern itself when it is none or matches none. */
async function matches(pattern: string): Promise<string[]> {
  const { glob, hasMagic } = await import('glob');
  if (!hasMagic(pattern, { magicalBraces: true })) return [pattern];
  const found = await glob(pattern, { nodir: true, dot: false });
  if (found.length === 0) return [pattern];
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
