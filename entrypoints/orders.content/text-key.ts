/**
 * A text as a 53-bit number (cyrb53, public domain): what the overlay keeps to recognise an unchanged row,
 * instead of the row's text. Holding 2,000 rows' texts (and, on adapter layouts, their width-folded copies)
 * kept ~0.3–0.7 MB alive for the page's life; a key is a number. Two different texts get the same key about
 * once in 2^50 comparisons, and a row's order number is compared as well before a reading is reused.
 */
export function textKey(text: string): number {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
