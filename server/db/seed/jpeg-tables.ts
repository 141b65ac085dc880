/** Constant tables for the baseline JPEG encoder (ITU T.81 Annex K and libjpeg's AAN scaling). */

/** Natural (row-major) index of the k-th coefficient in zig-zag order. */
export const ZIGZAG: number[] = (() => {
  const order: number[] = [];
  for (let s = 0; s < 15; s++) {
    const lo = Math.max(0, s - 7);
    const hi = Math.min(s, 7);
    if (s % 2 === 0) for (let row = hi; row >= lo; row--) order.push(row * 8 + (s - row));
    else for (let row = lo; row <= hi; row++) order.push(row * 8 + (s - row));
  }
  return order;
})();

export const BASE_LUMA = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56, 14, 17, 22, 29, 51,
  87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92, 49, 64, 78, 87, 103, 121, 120, 101,
  72, 92, 95, 98, 112, 100, 103, 99,
];
// Chrominance table: top-left 4x4 from Annex K, 99 elsewhere.
const CHROMA_CORNER = [17, 18, 24, 47, 18, 21, 26, 66, 24, 26, 56, 99, 47, 66, 99, 99];
export const BASE_CHROMA = Array.from({ length: 64 }, (_, i) =>
  i >> 3 < 4 && (i & 7) < 4 ? CHROMA_CORNER[(i >> 3) * 4 + (i & 7)]! : 99,
);

export const DC_BITS = [0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
export const DC_VALUES = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
export const AC_BITS = [0, 2, 1, 3, 3, 2, 4, 3, 5, 5, 4, 4, 0, 0, 1, 0x7d];
export const AC_VALUES = [
  ...Buffer.from(
    '010203000411051221314106135161072271143281' +
      '91a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a' +
      '535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4' +
      'a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1' +
      'f2f3f4f5f6f7f8f9fa',
    'hex',
  ),
];

/** AAN output scaling per coefficient index; folded into the quantiser divisors. */
export const AAN = [1, 1.387039845, 1.306562965, 1.175875602, 1, 0.785694958, 0.5411961, 0.275899379];
