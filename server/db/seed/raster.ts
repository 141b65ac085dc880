import type { Rng } from './rng.ts';

/** Tiny RGB canvas used to paint the generated seed photos (PNG and JPEG share it). */
export type Rgb = readonly [number, number, number];

export function hex(value: string): Rgb {
  const n = Number.parseInt(value.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

export class Raster {
  readonly data: Float32Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Float32Array(width * height * 3);
  }

  blend(x: number, y: number, c: Rgb, alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const p = (y * this.width + x) * 3;
    const a = Math.min(1, alpha);
    const d = this.data;
    d[p] = d[p]! + (c[0] - d[p]!) * a;
    d[p + 1] = d[p + 1]! + (c[1] - d[p + 1]!) * a;
    d[p + 2] = d[p + 2]! + (c[2] - d[p + 2]!) * a;
  }

  /** Vertical gradient through colour stops at positions 0..1 of the given band. */
  gradient(stops: Array<[number, Rgb]>, top = 0, bottom = this.height): void {
    for (let y = Math.max(0, Math.floor(top)); y < Math.min(this.height, bottom); y++) {
      const t = (y - top) / Math.max(1, bottom - top);
      let i = 0;
      while (i < stops.length - 2 && t > stops[i + 1]![0]) i++;
      const [t0, c0] = stops[i]!;
      const [t1, c1] = stops[Math.min(i + 1, stops.length - 1)]!;
      const c = mix(c0, c1, t1 > t0 ? Math.min(1, Math.max(0, (t - t0) / (t1 - t0))) : 0);
      const row = y * this.width * 3;
      for (let p = row; p < row + this.width * 3; p += 3) {
        this.data[p] = c[0];
        this.data[p + 1] = c[1];
        this.data[p + 2] = c[2];
      }
    }
  }

  /** Anti-aliased disc; `soft` widens the edge (glows, bokeh). */
  disc(cx: number, cy: number, r: number, c: Rgb, alpha = 1, soft = 1): void {
    const reach = r + soft;
    for (let y = Math.floor(cy - reach); y <= Math.ceil(cy + reach); y++)
      for (let x = Math.floor(cx - reach); x <= Math.ceil(cx + reach); x++) {
        const d = Math.sqrt((x - cx) * (x - cx) + (y - cy) * (y - cy));
        const cover = Math.min(1, Math.max(0, (reach - d) / soft));
        if (cover > 0) this.blend(x, y, c, alpha * cover);
      }
  }

  rect(x0: number, y0: number, w: number, h: number, c: Rgb, alpha = 1): void {
    for (let y = Math.round(y0); y < Math.round(y0 + h); y++)
      for (let x = Math.round(x0); x < Math.round(x0 + w); x++) this.blend(x, y, c, alpha);
  }

  /** Fills everything below the curve y = edge(x), shading from `topColor` to `bottomColor`. */
  below(edge: (x: number) => number, topColor: Rgb, bottomColor: Rgb): void {
    const d = this.data;
    for (let x = 0; x < this.width; x++) {
      const e = edge(x);
      const start = Math.max(0, Math.floor(e));
      const span = Math.max(1, this.height - e);
      for (let y = start; y < this.height; y++) {
        const t = Math.min(1, Math.max(0, (y - e) / span));
        const cover = y === start ? 1 - (e - start) : 1;
        const p = (y * this.width + x) * 3;
        for (let k = 0; k < 3; k++) {
          const c = topColor[k]! + (bottomColor[k]! - topColor[k]!) * t;
          d[p + k] = d[p + k]! + (c - d[p + k]!) * cover;
        }
      }
    }
  }

  /** Film grain so the photos don't look like flat vector art (a noise table keeps it cheap). */
  grain(rng: Rng, amount: number): void {
    const table = Float32Array.from({ length: 4099 }, () => (rng.next() - 0.5) * amount);
    let j = 0;
    for (let i = 0; i < this.data.length; i += 3) {
      const n = table[j]!;
      j = j === 4098 ? rng.int(0, 4000) : j + 1;
      this.data[i] = this.data[i]! + n;
      this.data[i + 1] = this.data[i + 1]! + n;
      this.data[i + 2] = this.data[i + 2]! + n;
    }
  }

  /** Darkens the corners like a real lens. */
  vignette(strength: number): void {
    const cx = this.width / 2;
    const cy = this.height / 2;
    const max2 = cx * cx + cy * cy;
    for (let y = 0; y < this.height; y++) {
      const dy2 = (y - cy) * (y - cy);
      for (let x = 0; x < this.width; x++) {
        const f = 1 - (strength * ((x - cx) * (x - cx) + dy2)) / max2;
        const p = (y * this.width + x) * 3;
        this.data[p] = this.data[p]! * f;
        this.data[p + 1] = this.data[p + 1]! * f;
        this.data[p + 2] = this.data[p + 2]! * f;
      }
    }
  }

  /** Clamped 8-bit RGB (the clamped array rounds and clamps natively, which is much faster). */
  toBytes(): Uint8Array {
    const clamped = new Uint8ClampedArray(this.data);
    return new Uint8Array(clamped.buffer, clamped.byteOffset, clamped.length);
  }
}
