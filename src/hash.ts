/** FNV-1a, 64 bits, over a string's code points, as 16 hex digits: a stable id, not a secret. */
export function fnv1a64(key: string): string {
  let h = 0xcbf29ce484222325n;
  for (const ch of key) {
    h ^= BigInt(ch.codePointAt(0)!);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}
