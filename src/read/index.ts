/**
 * Read stage: paths (or `-` for stdin) → ReportInput[]. The only module that touches the
 * filesystem. Every failure becomes a FactdiffError naming the file and what to do.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { ReportInput } from '../types.js';
import { FactdiffError } from '../errors.js';
import { decode, type EncodingName } from './decode.js';
import { convert, detectFormat, type InputFormat } from './format.js';

export { decode, ENCODINGS, type EncodingName } from './decode.js';
export { INPUT_FORMATS, type InputFormat } from './format.js';

/** Default size limit per report. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** How to read reports. */
export interface ReadOptions {
  /**
   * Reads standard input (for the path `-`): all of it, or the first `maxBytes + 1` bytes
   * when it holds more (which is then refused as too large).
   */
  readonly readStdin: (maxBytes: number) => Promise<Uint8Array>;
  /** Label for the report read from stdin. */
  readonly stdinName: string;
  /** Refuse reports larger than this many bytes. */
  readonly maxBytes: number;
  /** Encoding, or 'auto' to detect. */
  readonly encoding: EncodingName;
  /** What the reports are written in; 'auto' (the default) goes by each file's name, then its text. */
  readonly inputFormat?: InputFormat;
  /**
   * Read regular files only, refusing anything else unopened or unread: a batch reads
   * what a folder or manifest lists, where a FIFO would block and a device never end. On
   * the command line, a FIFO (`<(command)`) or a device is read, up to the size limit.
   */
  readonly regularOnly?: boolean;
}

/** Reports read, and warnings to show the user. */
export interface ReadResult {
  readonly reports: ReportInput[];
  readonly warnings: string[];
}

/** Reads every path in order. */
export async function readReports(paths: readonly string[], options: ReadOptions): Promise<ReadResult> {
  if (paths.filter((p) => p === '-').length > 1) throw new FactdiffError(`'-' (standard input) can be given only once`);
  /** The files read so far, by device and inode: `a.txt`, `./a.txt` and a link to it are one file. */
  const seen = new Map<string, string>();
  const reports: ReportInput[] = [];
  const warnings: string[] = [];
  for (const path of paths) {
    const label = path === '-' ? options.stdinName : path;
    let bytes: Uint8Array;
    if (path === '-') {
      bytes = await options.readStdin(options.maxBytes);
    } else {
      const read = readFileBounded(path, options.maxBytes, { regularOnly: options.regularOnly ?? false });
      const first = seen.get(read.identity);
      if (first !== undefined) {
        throw new FactdiffError(`${path}: given twice${first === path ? '' : ` (the same file as ${first})`}; compare different reports`);
      }
      seen.set(read.identity, path);
      bytes = read.bytes;
    }
    if (bytes.length > options.maxBytes) throw tooLarge(label, options.maxBytes);
    const decoded = decode(bytes, label, options.encoding);
    warnings.push(...decoded.warnings);
    const format = options.inputFormat === undefined || options.inputFormat === 'auto' ? detectFormat(label, decoded.text) : options.inputFormat;
    const { text, origin } = await convert(decoded.text, format);
    if (decoded.text.trim() === '') warnings.push(`${label}: empty report; it takes part with no claims`);
    else if (text.trim() === '') warnings.push(`${label}: no text in this ${format === 'html' ? 'HTML' : 'Markdown'} outside markup; it takes part with no claims`);
    reports.push({ path: label, text, bytes: bytes.length, ...(origin ? { origin } : {}) });
  }
  return { reports, warnings };
}

/** A file's bytes, and which file it was. */
export interface FileRead {
  readonly bytes: Buffer;
  /** Device and inode: the same for every path to one file. */
  readonly identity: string;
}

/** The identity (device and inode) of what a stat describes. */
function identityOf(info: Pick<Stats, 'dev' | 'ino'>): string {
  return `${info.dev}:${info.ino}`;
}

/** The identity of the file a path leads to (links followed), or null when there is none. */
export function fileIdentity(path: string): string | null {
  try {
    return identityOf(statSync(path));
  } catch {
    return null;
  }
}

/**
 * Reads a file whole, but never more than `maxBytes`: past that it is refused, whatever the
 * file claims its size to be (a device such as /dev/zero, a FIFO, or `yes` behind
 * `/dev/stdin` would otherwise be read until memory runs out). Settings files and batch
 * manifests are read through it too. Synchronously: reports are read one after another
 * before any work starts, and `fs/promises` costs far more than the reading itself for
 * files of news size (1,000 reports of about 1 KB: 277-396 ms through stat and readFile
 * from `fs/promises`, 14-18 ms through statSync and readFileSync, decoding included; in a
 * batch worker about 0.9 s of a 4.3 s batch).
 */
export function readFileBounded(path: string, maxBytes: number, { regularOnly = false }: { readonly regularOnly?: boolean } = {}): FileRead {
  let fd: number;
  try {
    // Opened without blocking when only regular files will do: opening a FIFO to read
    // waits for a writer.
    fd = openSync(path, constants.O_RDONLY | (regularOnly ? constants.O_NONBLOCK : 0));
  } catch (error) {
    throw new FactdiffError(`${path}: ${describe(error)}`);
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new FactdiffError(`${path}: is a directory, not a file`);
    if (regularOnly && !info.isFile()) throw new FactdiffError(`${path}: not a regular file (${kindOf(info)}); not read`);
    if (info.isFile() && info.size > maxBytes) throw tooLarge(path, maxBytes);
    return { bytes: readAtMost(fd, maxBytes, info.isFile() ? info.size : 0, path), identity: identityOf(info) };
  } catch (error) {
    if (error instanceof FactdiffError) throw error;
    throw new FactdiffError(`${path}: ${describe(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads up to end of file, refusing more than `maxBytes`; `expected` is the size stat gave. */
function readAtMost(fd: number, maxBytes: number, expected: number, path: string): Buffer {
  const limit = maxBytes + 1;
  // One read for a regular file (and one that finds its end); 64 KiB at a time otherwise.
  let buffer = Buffer.allocUnsafe(Math.min(limit, Math.max(expected + 1, 64 * 1024)));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) throw tooLarge(path, maxBytes);
      const larger = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
  }
  if (length > maxBytes) throw tooLarge(path, maxBytes);
  return buffer.subarray(0, length);
}

/** What a file that is not a regular file is, for messages. */
function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

export function tooLarge(label: string, maxBytes: number): FactdiffError {
  const mb = maxBytes / 1024 / 1024;
  const limit = mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${maxBytes}-byte`;
  return new FactdiffError(`${label}: larger than the ${limit} limit; raise it with --max-size (in MB)`);
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    case 'ENXIO':
      return 'cannot be opened for reading (a socket, or a FIFO nobody writes to)';
    default:
      return `cannot read (${code ?? String(error)})`;
  }
}
