/**
 * Text into HTML. Everything a report holds (its text, its path, a claim, a speaker) passes
 * through one of these before it reaches a page: markup characters become entities, so
 * `<script>`, `</style>` or `javascript:` stay letters on the screen; and control,
 * bidirectional and zero-width characters, which could reorder or hide what an editor
 * reads, are shown as small visible tags (`U+202E`) instead of acting.
 */
import { safe, UNSAFE } from '../escape.js';

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the characters that mean markup, in element content and double-quoted attributes alike. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Text as element content: escaped, each invisible character shown as a visible tag. */
export function text(s: string): string {
  return escapeHtml(s).replace(UNSAFE, (c) => `<span class="ctl">U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}</span>`);
}

/** Text on one line (list entries): line breaks and runs of spaces become one space. */
export function flat(s: string): string {
  return text(s.replace(/[ \t\r\n\u2028\u2029]+/g, ' '));
}

/** Text as an attribute value (a tooltip): on one line, invisible characters as `\u202e`. */
export function attr(s: string): string {
  return escapeHtml(safe(s));
}
