/**
 * FNV-1a, 32 bits: a small, fast, non-cryptographic hash. Used where the course needs a stable
 * number from text (shuffle seeds, link checksums, certificate record ids), never for secrecy.
 * `start` lets a caller mix in a number of its own (the default is FNV's offset basis).
 */
export function fnv1a(text: string, start = 0x811c9dc5): number {
  let hash = start >>> 0;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}
