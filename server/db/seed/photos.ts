import { Raster, hex, mix, type Rgb } from './raster.ts';
import { createRng, type Rng } from './rng.ts';

/** Procedural "photos" for the seed pool: simple scenes with grain and vignette. */
export type PhotoScene = 'mountains' | 'city' | 'bokeh' | 'product' | 'dunes' | 'ocean';

export interface PhotoSpec {
  scene: PhotoScene;
  width: number;
  height: number;
  seed: number;
  /** Colours in scene order; see each painter. */
  palette: string[];
  /** Film grain strength; lossless PNGs get less so they stay a sensible size. */
  grain?: number;
}

type Painter = (r: Raster, rng: Rng, p: Rgb[]) => void;

function ridge(rng: Rng, base: number, amp: number, scale: number): (x: number) => number {
  const waves = [1, 2.3, 5.1].map((f) => ({ f: (f * Math.PI * 2) / scale, ph: rng.next() * 6.28, a: amp / f }));
  return (x) => base - waves.reduce((s, w) => s + w.a * (0.5 + 0.5 * Math.sin(x * w.f + w.ph)), 0);
}

/** Mirrors the rows above `from` into the rows below it, tinted, with a ripple. */
function reflect(r: Raster, from: number, tint: Rgb): void {
  const d = r.data;
  for (let y = from; y < r.height; y++) {
    const srcY = Math.max(0, 2 * from - y);
    const shift = Math.round(Math.sin(y * 0.9) * 3);
    for (let x = 0; x < r.width; x++) {
      const s = (srcY * r.width + Math.min(r.width - 1, Math.max(0, x + shift))) * 3;
      const p = (y * r.width + x) * 3;
      for (let k = 0; k < 3; k++) d[p + k] = d[s + k]! * 0.65 + tint[k]! * 0.35;
    }
  }
}

const painters: Record<PhotoScene, Painter> = {
  // palette: sky top, horizon, sun, far ridge, mid ridge, near ridge
  mountains(r, rng, [top, horizon, sun, far, mid, near]) {
    const h = r.height;
    r.gradient(
      [
        [0, top!],
        [1, horizon!],
      ],
      0,
      h * 0.7,
    );
    const sx = r.width * (0.25 + rng.next() * 0.5);
    r.disc(sx, h * 0.42, h * 0.16, sun!, 0.18, h * 0.2);
    r.disc(sx, h * 0.42, h * 0.06, sun!, 1, 1.5);
    [far!, mid!, near!].forEach((c, i) =>
      r.below(
        ridge(rng, h * (0.52 + i * 0.07), h * (0.22 - i * 0.05), r.width * (0.9 - i * 0.2)),
        c,
        mix(c, [0, 0, 0], 0.3),
      ),
    );
    reflect(r, Math.round(h * 0.74), top!);
  },
  // palette: sky top, sky bottom, far buildings, near buildings, window light
  city(r, rng, [top, bottom, far, near, light]) {
    const h = r.height;
    r.gradient([
      [0, top!],
      [1, bottom!],
    ]);
    for (const [layer, c] of [far!, near!].entries()) {
      let x = -rng.int(0, 20);
      while (x < r.width) {
        const bw = r.width * (0.05 + rng.next() * 0.07);
        const bh = h * (layer === 0 ? 0.35 + rng.next() * 0.35 : 0.2 + rng.next() * 0.35);
        r.rect(x, h - bh, bw, bh, c);
        for (let wy = h - bh + 6; wy < h - 8; wy += 9)
          for (let wx = x + 4; wx < x + bw - 6; wx += 8)
            if (rng.chance(layer === 0 ? 0.2 : 0.35)) r.rect(wx, wy, 4, 5, light!, layer === 0 ? 0.45 : 0.9);
        x += bw + rng.int(1, 6);
      }
    }
  },
  // palette: background top, background bottom, then light colours
  bokeh(r, rng, [top, bottom, ...lights]) {
    r.gradient([
      [0, top!],
      [1, bottom!],
    ]);
    const count = 40 + rng.int(0, 30);
    for (let i = 0; i < count; i++) {
      const rad = r.height * (0.02 + rng.next() * 0.09);
      r.disc(
        rng.next() * r.width,
        rng.next() * r.height,
        rad,
        rng.pick(lights),
        0.12 + rng.next() * 0.35,
        2 + rad * 0.2,
      );
    }
  },
  // palette: wall, floor, object, object shade, accent
  product(r, rng, [wall, floor, body, shade, accent]) {
    const h = r.height;
    const w = r.width;
    r.gradient(
      [
        [0, mix(wall!, [255, 255, 255], 0.2)],
        [1, wall!],
      ],
      0,
      h * 0.68,
    );
    r.gradient(
      [
        [0, floor!],
        [1, mix(floor!, [0, 0, 0], 0.15)],
      ],
      h * 0.68,
      h,
    );
    const cx = w * (0.4 + rng.next() * 0.2);
    const bw = Math.min(w, h) * 0.22;
    const base = h * 0.8;
    for (let y = Math.floor(base - bw * 0.25); y < base + bw * 0.25; y++)
      for (let x = Math.floor(cx - bw * 1.3); x < cx + bw * 1.3; x++) {
        const d = Math.hypot((x - cx) / (bw * 1.2), (y - base) / (bw * 0.22));
        if (d < 1) r.blend(x, y, [0, 0, 0], 0.35 * (1 - d));
      }
    const top = base - bw * 2.2;
    for (let x = Math.floor(cx - bw / 2); x < cx + bw / 2; x++) {
      const t = (x - (cx - bw / 2)) / bw;
      const light = Math.max(0, Math.cos((t - 0.35) * Math.PI));
      r.rect(x, top, 1, base - top, mix(shade!, body!, light));
      r.rect(x, top + bw * 0.7, 1, bw * 0.55, mix(accent!, [255, 255, 255], light * 0.25), 0.9);
    }
    r.rect(cx - bw * 0.18, top - bw * 0.35, bw * 0.36, bw * 0.36, shade!);
    r.disc(cx - bw * 0.12, top + bw * 0.2, bw * 0.05, [255, 255, 255], 0.6, 2);
  },
  // palette: sky top, sky bottom, sun, dune light, dune dark
  dunes(r, rng, [top, bottom, sun, lightSand, darkSand]) {
    const h = r.height;
    r.gradient(
      [
        [0, top!],
        [1, bottom!],
      ],
      0,
      h * 0.6,
    );
    r.disc(r.width * (0.2 + rng.next() * 0.6), h * 0.3, h * 0.07, sun!, 1, 2);
    for (let i = 0; i < 4; i++) {
      const c = mix(lightSand!, darkSand!, i / 3);
      r.below(ridge(rng, h * (0.55 + i * 0.1), h * 0.12, r.width * 1.4), mix(c, [255, 255, 255], 0.1), c);
    }
  },
  // palette: sky top, horizon, sea, cloud, sun glint
  ocean(r, rng, [top, horizon, sea, cloud, glint]) {
    const h = r.height;
    const line = Math.round(h * (0.45 + rng.next() * 0.15));
    r.gradient(
      [
        [0, top!],
        [1, horizon!],
      ],
      0,
      line,
    );
    for (let i = 0; i < 6; i++) {
      const cx = rng.next() * r.width;
      const cy = line * (0.2 + rng.next() * 0.5);
      for (let k = 0; k < 7; k++)
        r.disc(cx + k * h * 0.04, cy + rng.next() * h * 0.03, h * 0.05, cloud!, 0.25, h * 0.03);
    }
    r.gradient(
      [
        [0, mix(sea!, horizon!, 0.4)],
        [1, mix(sea!, [0, 0, 0], 0.35)],
      ],
      line,
      h,
    );
    const gx = r.width * (0.3 + rng.next() * 0.4);
    for (let y = line + 2; y < h; y += 3) {
      const spread = (y - line) * 0.6 + 10;
      r.rect(gx - spread / 2 + (rng.next() - 0.5) * spread, y, spread * rng.next() * 0.5, 1, glint!, 0.5);
    }
  },
};

export function renderPhoto(spec: PhotoSpec): Raster {
  const rng = createRng(spec.seed);
  const r = new Raster(spec.width, spec.height);
  painters[spec.scene](r, rng, spec.palette.map(hex));
  r.vignette(0.35);
  r.grain(rng, spec.grain ?? 5);
  return r;
}
