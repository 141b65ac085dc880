// Crockford base32, the alphabet of our ids' body (contract/common.ts ULID_BODY), in sort order.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The smallest id of the same shape that sorts after `id` ("brand_…0" → "brand_…1", carrying
 * as in counting), or undefined when there is none or `id` is not of that shape. A list asked
 * for items `after` it, newest first, starts with `id` itself when `id` is in that list.
 */
export function cursorAfter(id: string): string | undefined {
  const cut = id.lastIndexOf('_') + 1;
  const body = id.slice(cut).split('');
  if (cut === 0 || body.length === 0) return undefined;
  for (let i = body.length - 1; i >= 0; i--) {
    const digit = ALPHABET.indexOf(body[i]!);
    if (digit < 0) return undefined;
    if (digit < ALPHABET.length - 1) {
      body[i] = ALPHABET[digit + 1]!;
      return id.slice(0, cut) + body.join('');
    }
    body[i] = ALPHABET[0]!;
  }
  return undefined;
}
