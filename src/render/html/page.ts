/**
 * The frame every page shares: one self-contained HTML document, its stylesheet and script
 * inline. Its Content-Security-Policy allows that stylesheet and that script (by their
 * SHA-256) and nothing else: no other script, no request of any kind, no form, no base
 * URL. Escaping keeps a report's text from becoming markup; the policy is the second lock.
 */
import { createHash } from 'node:crypto';
import { TOOL } from '../../version.js';
import { SCRIPT } from './client.js';
import { attr } from './markup.js';
import { STYLE } from './style.js';

/** What goes into a page. */
export interface PageParts {
  /** The window title, plain text. */
  readonly title: string;
  /** The body's HTML. */
  readonly body: string;
  /** Whether the page runs the script (report pages do; the batch index needs none). */
  readonly script: boolean;
}

const hashes = new Map<string, string>();

/** `'sha256-…'` of an inline block, as a Content-Security-Policy source. */
function source(block: string): string {
  let hash = hashes.get(block);
  if (hash === undefined) {
    hash = `'sha256-${createHash('sha256').update(block, 'utf8').digest('base64')}'`;
    hashes.set(block, hash);
  }
  return hash;
}

/** A whole HTML document. */
export function page({ title, body, script }: PageParts): string {
  const policy = [
    "default-src 'none'",
    `style-src ${source(STYLE)}`,
    `script-src ${script ? source(SCRIPT) : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<meta name="generator" content="${TOOL.name} ${TOOL.version}">`,
    `<title>${attr(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    ...(script ? [`<script>${SCRIPT}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
