/**
 * `factdiff batch … --format html -o DIR`: a page per story and an index.html, written into
 * DIR (made if missing). Each page is written atomically as its story is done; the index
 * comes last, so a batch that stops early leaves no index pointing at missing pages. Page
 * names come from story names, reduced to letters, digits, `.`, `_` and `-` (a story
 * named `../x` or `<b>` cannot write outside DIR or break a link), made unique without
 * regard to case; no page may be one of the reports.
 */
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { FactdiffError } from '../errors.js';
import { batchIndex, INDEX_PAGE, storyPage, type IndexEntry } from '../render/html/batch.js';
import type { RenderOptions } from '../render/options.js';
import { canonical, openAtomically, type BatchOutput } from './output.js';

/** File names for the stories' pages, in order: unique, never the index's. */
export function pageNames(stories: readonly string[]): string[] {
  const taken = new Set([INDEX_PAGE.toLowerCase()]);
  return stories.map((name) => {
    const base = name.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 80) || 'story';
    let file = `${base}.html`;
    for (let n = 2; taken.has(file.toLowerCase()); n++) file = `${base}-${n}.html`;
    taken.add(file.toLowerCase());
    return file;
  });
}

/** Opens DIR for a batch's pages; `stories` are the stories' names in batch order. */
export async function openPages(dir: string, stories: readonly string[], inputs: readonly string[], options: RenderOptions): Promise<BatchOutput> {
  const info = await stat(dir).catch(() => null);
  if (info !== null && !info.isDirectory()) throw new FactdiffError(`--output ${dir}: not a directory (batch --format html writes a page per story into a directory)`);
  const names = pageNames(stories);
  const reports = new Set(inputs.map(canonical));
  for (const file of [...names, INDEX_PAGE]) {
    if (reports.has(canonical(join(dir, file)))) throw new FactdiffError(`--output ${dir}: ${file} would overwrite one of the reports; choose another directory`);
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new FactdiffError(`--output ${dir}: cannot make the directory (${(error as { code?: string }).code ?? String(error)})`);
  }
  const write = async (file: string, html: string): Promise<void> => {
    const sink = await openAtomically(join(dir, file));
    await sink.write(html);
    await sink.commit();
  };
  const entries: IndexEntry[] = [];
  return {
    story: async (s) => {
      if (!s.ok) {
        entries.push({ name: s.name, ok: false, error: s.error });
        return;
      }
      const file = names[entries.length]!;
      await write(file, storyPage(s.name, s.result, { ...options, known: s.known }));
      entries.push({ name: s.name, ok: true, page: file, reports: s.result.reports.length, summary: s.result.summary });
    },
    end: () => write(INDEX_PAGE, batchIndex(entries)),
    // Each page is whole or absent; without the index, the pages already written stand alone.
    abort: async () => {},
  };
}
