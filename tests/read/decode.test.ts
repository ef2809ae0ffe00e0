import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decode', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode('café'), 'café', 0],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x61), 'a', 0],
    ['UTF-16 LE with BOM', bytes(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00), 'aé', 0],
    ['UTF-16 BE with BOM', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9), 'aé', 0],
    ['Windows-1252', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94), 'café “q”', 1],
    ['broken UTF-8 among valid', bytes(0xc3, 0xa9, 0x20, 0xff), 'é \ufffd', 1],
  ])('%s', (_n, input, text, warnings) => {
    const d = decode(input, 'x');
    expect(d.text).toBe(text);
    expect(d.warnings).toHaveLength(warnings);
  });

  it('refuses binary data', () => {
    expect(() => decode(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'a.zip')).toThrow(/a\.zip: looks like binary data/);
  });
});
