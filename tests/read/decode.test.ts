import fc from 'fast-check';
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
    // A lone surrogate is as broken as a bad UTF-8 byte (issue 25, item 15).
    ['UTF-16 LE, a lone high surrogate', bytes(0xff, 0xfe, 0x61, 0x00, 0x3d, 0xd8, 0x62, 0x00), 'a\ufffdb', 1],
    ['UTF-16 BE, a lone low surrogate', bytes(0xfe, 0xff, 0x00, 0x61, 0xde, 0x00), 'a\ufffd', 1],
    ['UTF-16 LE, an odd last byte', bytes(0xff, 0xfe, 0x61, 0x00, 0x62), 'a\ufffd', 1],
    ['UTF-16 LE, a pair', bytes(0xff, 0xfe, 0x3d, 0xd8, 0x00, 0xde), '😀', 0],
  ])('%s', (_n, input, text, warnings) => {
    const d = decode(input, 'x');
    expect(d.text).toBe(text);
    expect(d.warnings).toHaveLength(warnings);
  });

  it.each([
    ['utf-16le', bytes(0x61, 0x00, 0x3d, 0xd8), 'a\ufffd', 1],
    ['utf-8', bytes(0x61, 0xff), 'a\ufffd', 1],
    ['utf-8', bytes(0xef, 0xbb, 0xbf, 0x61), 'a', 0],
  ] as const)('--encoding %s warns of what it replaces', (encoding, input, text, warnings) => {
    const d = decode(input, 'x', encoding);
    expect(d.text).toBe(text);
    expect(d.warnings).toHaveLength(warnings);
  });

  it('refuses binary data', () => {
    expect(() => decode(bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'a.zip')).toThrow(/a\.zip: looks like binary data/);
  });

  // The rule: a NUL byte anywhere, or more than 10% control bytes other than \t \n \f \r
  // and ESC within the first 64 KiB.
  const isBinary = (b: Uint8Array): boolean => {
    if (b.includes(0)) return true;
    const n = Math.min(b.length, 65536);
    let control = 0;
    for (let i = 0; i < n; i++) {
      if (b[i]! < 32 && ![9, 10, 12, 13, 27].includes(b[i]!)) control++;
    }
    return n > 0 && control / n > 0.1;
  };
  const refused = (b: Uint8Array): boolean => {
    try {
      decode(b, 'x');
      return false;
    } catch {
      return true;
    }
  };

  it('refuses text that is mostly control bytes, and keeps whitespace controls', () => {
    const text = new TextEncoder().encode('ab'.repeat(45));
    expect(refused(new Uint8Array([...text, ...new Array(11).fill(0x01)]))).toBe(true); // 11 of 101
    expect(refused(new Uint8Array([...text, ...new Array(10).fill(0x01)]))).toBe(false); // 10 of 100
    expect(refused(new Uint8Array([...text, 9, 10, 12, 13, 27, 9, 10, 12, 13, 27, 9, 10]))).toBe(false);
    // A NUL byte past the first 64 KiB is as binary as one before (issue 25, item 15).
    expect(refused(new Uint8Array([...new Uint8Array(65536).fill(0x61), 0x00]))).toBe(true);
    expect(refused(new Uint8Array([...new Uint8Array(65536).fill(0x61), 0x01]))).toBe(false);
  });

  it('refuses exactly what the rule refuses, on random bytes', () => {
    const byte = fc.oneof(fc.integer({ min: 0, max: 31 }), fc.integer({ min: 32, max: 126 }), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 200 }), (arr) => {
        const b = new Uint8Array(arr);
        if (b[0] === 0xff || b[0] === 0xfe) return; // a BOM decides first
        expect(refused(b)).toBe(isBinary(b));
      }),
      { numRuns: 500 },
    );
  });
});
