/**
 * Identifiers are short random text (see docs/decisions/0002-ids.md):
 * 12 characters of a 32-letter alphabet without look-alikes (60 bits),
 * readable aloud and easy to type as a prefix in the CLI.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export function newId(length = 12): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

/** True when `value` could be a whole id or the prefix of one. */
export function looksLikeIdPrefix(value: string): boolean {
  return /^[0-9a-z]{1,64}$/.test(value);
}
