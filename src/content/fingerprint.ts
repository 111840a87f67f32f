/**
 * A short fingerprint of a text (FNV-1a, 32 bits, hex): side data records the fingerprint of the
 * source text it was written for, so that a changed source is noticed instead of mistranslated.
 * Not a cryptographic hash: it guards against drift, not against forgery.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}
