/**
 * Bytes → text. UTF-8 (with or without BOM) by default; UTF-16 LE/BE when a BOM says so;
 * Windows-1252 when the bytes are not UTF-8 and look like a legacy single-byte text, or
 * when asked. Binary data is refused rather than decoded into garbage.
 */
import { FactdiffError } from '../errors.js';

/** Encodings accepted by --encoding. */
export const ENCODINGS = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'] as const;
export type EncodingName = (typeof ENCODINGS)[number];

/** Decoded text and anything the user should know about how it was read. */
export interface Decoded {
  readonly text: string;
  readonly warnings: readonly string[];
}

/** Decodes one report's bytes; `label` names it in messages. */
export function decode(bytes: Uint8Array, label: string, encoding: EncodingName = 'auto'): Decoded {
  if (encoding !== 'auto') {
    if (encoding === 'latin1' || encoding === 'windows-1252') return { text: decodeWindows1252(bytes), warnings: [] };
    const { text, warnings } = strictly(bytes, encoding, label);
    return { text: stripBom(text), warnings };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictly(bytes.subarray(2), 'utf-16le', label);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictly(bytes.subarray(2), 'utf-16be', label);
  if (looksBinary(bytes)) {
    throw new FactdiffError(`${label}: looks like binary data, not text (NUL bytes or mostly control characters); give a plain-text report`);
  }
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), warnings: [] };
  } catch {
    if (noUtf8Sequences(bytes)) {
      return {
        text: decodeWindows1252(bytes),
        warnings: [`${label}: not valid UTF-8; read as Windows-1252 (choose another with --encoding)`],
      };
    }
    return {
      text: stripBom(new TextDecoder('utf-8').decode(bytes)),
      warnings: [`${label}: invalid UTF-8 bytes replaced with U+FFFD (choose an encoding with --encoding)`],
    };
  }
}

/**
 * Decodes a Unicode encoding; what does not decode (invalid UTF-8, a lone UTF-16
 * surrogate, an odd last byte) becomes U+FFFD, with a warning, as in auto-detected UTF-8.
 */
function strictly(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', label: string): Decoded {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), warnings: [] };
  } catch {
    const name = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
    return {
      text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes),
      warnings: [`${label}: invalid ${name} ${encoding === 'utf-8' ? 'bytes' : 'code units'} replaced with U+FFFD (choose an encoding with --encoding)`],
    };
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Control bytes other than tab, line feed, form feed, carriage return and escape (NUL aside). */
const CONTROL_BYTES = /[\x01-\x08\x0b\x0e-\x1a\x1c-\x1f]/g;

/**
 * A NUL byte anywhere (the same byte means the same wherever it lies: issue 25, item 15),
 * or more than 10% control bytes other than whitespace in the first 64 KiB. Both are
 * counted by native code (a byte search, and a regular expression over the bytes read as
 * Latin-1, one code unit per byte): a JavaScript loop over the bytes ran cold in every
 * short job, about 1–3 ms for the seed pair against 0.3 ms.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(0)) return true;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536));
  const control = head.toString('latin1').match(CONTROL_BYTES)?.length ?? 0;
  return head.length > 0 && control / head.length > 0.1;
}

/** True when no byte ≥ 0x80 starts a well-formed UTF-8 sequence: a single-byte legacy text. */
function noUtf8Sequences(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (len === 0) continue;
    let ok = true;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (ok) return false;
  }
  return true;
}

/** Windows-1252's 0x80–0x9F (Node's TextDecoder reads them as Latin-1 C1 controls). */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes Windows-1252 (a superset of Latin-1's printable range). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return out;
}
