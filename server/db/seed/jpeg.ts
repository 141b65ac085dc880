/**
 * Minimal baseline JPEG encoder (JFIF, 4:4:4, standard Annex K luminance Huffman tables shared by
 * all three components). Written here so seeding needs no image package.
 */
import { AAN, AC_BITS, AC_VALUES, BASE_CHROMA, BASE_LUMA, DC_BITS, DC_VALUES, ZIGZAG } from './jpeg-tables.ts';

interface Codes {
  code: Int32Array;
  length: Uint8Array; // 0 = symbol absent
}

/** Canonical Huffman codes from a BITS/VALUES table, indexed by symbol. */
function buildCodes(bits: number[], values: number[]): Codes {
  const codes: Codes = { code: new Int32Array(256), length: new Uint8Array(256) };
  let code = 0;
  let k = 0;
  for (let len = 1; len <= 16; len++) {
    for (let i = 0; i < bits[len - 1]!; i++) {
      const symbol = values[k++]!;
      codes.code[symbol] = code++;
      codes.length[symbol] = len;
    }
    code <<= 1;
  }
  return codes;
}
const DC_CODES = buildCodes(DC_BITS, DC_VALUES);
const AC_CODES = buildCodes(AC_BITS, AC_VALUES);

/** In-place 8-point AAN forward DCT (as libjpeg's jfdctflt) over `d[o + i * step]`. */
function dct8(d: Float64Array, o: number, step: number): void {
  const d0 = d[o]!,
    d1 = d[o + step]!,
    d2 = d[o + 2 * step]!,
    d3 = d[o + 3 * step]!;
  const d4 = d[o + 4 * step]!,
    d5 = d[o + 5 * step]!,
    d6 = d[o + 6 * step]!,
    d7 = d[o + 7 * step]!;
  const t0 = d0 + d7,
    t7 = d0 - d7,
    t1 = d1 + d6,
    t6 = d1 - d6;
  const t2 = d2 + d5,
    t5 = d2 - d5,
    t3 = d3 + d4,
    t4 = d3 - d4;
  const t10 = t0 + t3,
    t13 = t0 - t3,
    t11 = t1 + t2,
    t12 = t1 - t2;
  d[o] = t10 + t11;
  d[o + 4 * step] = t10 - t11;
  const z1 = (t12 + t13) * 0.707106781;
  d[o + 2 * step] = t13 + z1;
  d[o + 6 * step] = t13 - z1;
  const s10 = t4 + t5,
    s11 = t5 + t6,
    s12 = t6 + t7;
  const z5 = (s10 - s12) * 0.382683433;
  const z2 = 0.5411961 * s10 + z5;
  const z4 = 1.306562965 * s12 + z5;
  const z3 = s11 * 0.707106781;
  const z11 = t7 + z3,
    z13 = t7 - z3;
  d[o + 5 * step] = z13 + z2;
  d[o + 3 * step] = z13 - z2;
  d[o + step] = z11 + z4;
  d[o + 7 * step] = z11 - z4;
}

/** Divisors that undo the AAN scaling and quantise in one step (natural order). */
function divisors(quant: number[]): Float64Array {
  return Float64Array.from(quant, (q, i) => q * AAN[i >> 3]! * AAN[i & 7]! * 8);
}

function scaleTable(base: number[], quality: number): number[] {
  const q = Math.min(100, Math.max(1, quality));
  const scale = q < 50 ? 5000 / q : 200 - q * 2;
  return base.map((v) => Math.min(255, Math.max(1, Math.floor((v * scale + 50) / 100))));
}

class BitWriter {
  bytes: number[] = [];
  private acc = 0;
  private n = 0;
  write(value: number, length: number): void {
    this.acc = (this.acc << length) | (value & ((1 << length) - 1));
    this.n += length;
    while (this.n >= 8) {
      const byte = (this.acc >> (this.n - 8)) & 0xff;
      this.bytes.push(byte);
      if (byte === 0xff) this.bytes.push(0); // byte stuffing
      this.n -= 8;
    }
    this.acc &= (1 << this.n) - 1;
  }
  flush(): void {
    if (this.n > 0) this.write(0x7f, 8 - this.n); // pad with 1 bits
  }
}

function category(v: number): number {
  let a = Math.abs(v);
  let size = 0;
  while (a > 0) {
    size++;
    a >>= 1;
  }
  return size;
}

function emit(w: BitWriter, codes: Codes, symbol: number): void {
  const length = codes.length[symbol]!;
  if (!length) throw new Error(`JPEG: no Huffman code for symbol ${symbol}`);
  w.write(codes.code[symbol]!, length);
}

const zz = new Int32Array(64);

function encodeBlock(w: BitWriter, block: Float64Array, div: Float64Array, prevDc: number): number {
  for (let row = 0; row < 8; row++) dct8(block, row * 8, 1);
  for (let col = 0; col < 8; col++) dct8(block, col, 8);
  for (let k = 0; k < 64; k++) {
    const idx = ZIGZAG[k]!;
    zz[k] = Math.round(block[idx]! / div[idx]!);
  }
  const diff = zz[0]! - prevDc;
  const dcSize = category(diff);
  emit(w, DC_CODES, dcSize);
  if (dcSize) w.write(diff < 0 ? diff + (1 << dcSize) - 1 : diff, dcSize);
  let run = 0;
  for (let k = 1; k < 64; k++) {
    const v = zz[k]!;
    if (v === 0) {
      run++;
      continue;
    }
    while (run > 15) {
      emit(w, AC_CODES, 0xf0);
      run -= 16;
    }
    const size = category(v);
    emit(w, AC_CODES, (run << 4) | size);
    w.write(v < 0 ? v + (1 << size) - 1 : v, size);
    run = 0;
  }
  if (run > 0) emit(w, AC_CODES, 0x00);
  return zz[0]!;
}

function segment(marker: number, body: number[]): number[] {
  const len = body.length + 2;
  return [0xff, marker, len >> 8, len & 0xff, ...body];
}

/** `rgb` holds width * height * 3 bytes, row-major. */
export function encodeJpeg(width: number, height: number, rgb: Uint8Array, quality = 85): Buffer {
  const qLuma = scaleTable(BASE_LUMA, quality);
  const qChroma = scaleTable(BASE_CHROMA, quality);
  const dLuma = divisors(qLuma);
  const dChroma = divisors(qChroma);
  const w = new BitWriter();
  const blocks = [new Float64Array(64), new Float64Array(64), new Float64Array(64)];
  const prev = [0, 0, 0];
  for (let by = 0; by < height; by += 8)
    for (let bx = 0; bx < width; bx += 8) {
      for (let i = 0; i < 64; i++) {
        // Edge pixels repeat into the padding of partial blocks.
        const x = Math.min(bx + (i & 7), width - 1);
        const y = Math.min(by + (i >> 3), height - 1);
        const p = (y * width + x) * 3;
        const r = rgb[p]!;
        const g = rgb[p + 1]!;
        const b = rgb[p + 2]!;
        blocks[0]![i] = 0.299 * r + 0.587 * g + 0.114 * b - 128;
        blocks[1]![i] = -0.168736 * r - 0.331264 * g + 0.5 * b;
        blocks[2]![i] = 0.5 * r - 0.418688 * g - 0.081312 * b;
      }
      for (let c = 0; c < 3; c++) prev[c] = encodeBlock(w, blocks[c]!, c === 0 ? dLuma : dChroma, prev[c]!);
    }
  w.flush();
  const jfif = [0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const dqt = [0, ...ZIGZAG.map((i) => qLuma[i]!), 1, ...ZIGZAG.map((i) => qChroma[i]!)];
  const sof = [8, height >> 8, height & 0xff, width >> 8, width & 0xff, 3, 1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1];
  const dht = [0x00, ...DC_BITS, ...DC_VALUES, 0x10, ...AC_BITS, ...AC_VALUES];
  const sos = [3, 1, 0x00, 2, 0x00, 3, 0x00, 0, 63, 0];
  return Buffer.from([
    0xff,
    0xd8,
    ...segment(0xe0, jfif),
    ...segment(0xdb, dqt),
    ...segment(0xc0, sof),
    ...segment(0xc4, dht),
    ...segment(0xda, sos),
    ...w.bytes,
    0xff,
    0xd9,
  ]);
}
