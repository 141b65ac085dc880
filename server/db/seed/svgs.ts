import { createRng, type Rng } from './rng.ts';

/** Generated SVG logos/icons and flat illustrations for the seed pool. */
export type IconShape = 'monogram' | 'hexagon' | 'target' | 'leaf' | 'bolt' | 'bars' | 'star' | 'bubble';
export type IllustrationScene = 'landscape' | 'blobs' | 'dashboard' | 'blocks' | 'waves' | 'team' | 'rocket';

const f = (n: number) => Number(n.toFixed(1));

function svg(w: number, h: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">` +
    `<title>${title}</title>${body}</svg>\n`
  );
}

function polygon(cx: number, cy: number, r: number, sides: number, rot = -Math.PI / 2, inner?: number): string {
  const pts: string[] = [];
  const n = inner ? sides * 2 : sides;
  for (let i = 0; i < n; i++) {
    const rad = inner && i % 2 ? inner : r;
    const a = rot + (i * Math.PI * 2) / n;
    pts.push(`${f(cx + rad * Math.cos(a))},${f(cy + rad * Math.sin(a))}`);
  }
  return pts.join(' ');
}

export function iconSvg(shape: IconShape, size: number, [bg, fg, accent]: string[], letter = 'B'): string {
  const s = size;
  const c = s / 2;
  const tile = `<rect width="${s}" height="${s}" rx="${f(s * 0.22)}" fill="${bg}"/>`;
  const bodies: Record<IconShape, string> = {
    monogram: `${tile}<text x="${c}" y="${f(s * 0.69)}" text-anchor="middle" font-family="Inter, Arial, sans-serif" font-weight="700" font-size="${f(s * 0.56)}" fill="${fg}">${letter}</text><circle cx="${f(s * 0.78)}" cy="${f(s * 0.22)}" r="${f(s * 0.07)}" fill="${accent}"/>`,
    hexagon: `<polygon points="${polygon(c, c, s * 0.48, 6)}" fill="${bg}"/><polygon points="${polygon(c, c * 1.06, s * 0.24, 3)}" fill="${fg}"/><circle cx="${c}" cy="${f(c * 1.06)}" r="${f(s * 0.06)}" fill="${accent}"/>`,
    target: [0.46, 0.34, 0.22, 0.1]
      .map((r, i) => `<circle cx="${c}" cy="${c}" r="${f(s * r)}" fill="${[bg, fg, bg, accent][i]}"/>`)
      .join(''),
    leaf: `${tile}<path d="M${f(s * 0.22)} ${f(s * 0.8)}C${f(s * 0.2)} ${f(s * 0.35)} ${f(s * 0.45)} ${f(s * 0.18)} ${f(s * 0.82)} ${f(s * 0.18)}C${f(s * 0.82)} ${f(s * 0.58)} ${f(s * 0.6)} ${f(s * 0.82)} ${f(s * 0.22)} ${f(s * 0.8)}Z" fill="${fg}"/><path d="M${f(s * 0.22)} ${f(s * 0.8)}L${f(s * 0.62)} ${f(s * 0.38)}" stroke="${accent}" stroke-width="${f(s * 0.04)}" stroke-linecap="round"/>`,
    bolt: `<circle cx="${c}" cy="${c}" r="${f(s * 0.48)}" fill="${bg}"/><polygon points="${[
      [0.56, 0.14],
      [0.28, 0.56],
      [0.48, 0.56],
      [0.42, 0.86],
      [0.72, 0.42],
      [0.52, 0.42],
    ]
      .map(([x, y]) => `${f(s * x!)},${f(s * y!)}`)
      .join(' ')}" fill="${fg}" stroke="${accent}" stroke-width="${f(s * 0.02)}" stroke-linejoin="round"/>`,
    bars: `${tile}${[0.3, 0.5, 0.72].map((hgt, i) => `<rect x="${f(s * (0.2 + i * 0.22))}" y="${f(s * (0.82 - hgt))}" width="${f(s * 0.16)}" height="${f(s * hgt)}" rx="${f(s * 0.03)}" fill="${i === 2 ? accent : fg}"/>`).join('')}`,
    star: `${tile}<polygon points="${polygon(c, c * 1.04, s * 0.36, 5, -Math.PI / 2, s * 0.15)}" fill="${fg}" stroke="${accent}" stroke-width="${f(s * 0.03)}" stroke-linejoin="round"/>`,
    bubble: `<path d="M${f(s * 0.14)} ${f(s * 0.2)}h${f(s * 0.72)}a${f(s * 0.08)} ${f(s * 0.08)} 0 0 1 ${f(s * 0.08)} ${f(s * 0.08)}v${f(s * 0.4)}a${f(s * 0.08)} ${f(s * 0.08)} 0 0 1 -${f(s * 0.08)} ${f(s * 0.08)}h-${f(s * 0.42)}l-${f(s * 0.18)} ${f(s * 0.16)}v-${f(s * 0.16)}h-${f(s * 0.12)}a${f(s * 0.08)} ${f(s * 0.08)} 0 0 1 -${f(s * 0.08)} -${f(s * 0.08)}v-${f(s * 0.4)}a${f(s * 0.08)} ${f(s * 0.08)} 0 0 1 ${f(s * 0.08)} -${f(s * 0.08)}z" fill="${bg}"/>${[0.32, 0.5, 0.68].map((x, i) => `<circle cx="${f(s * x)}" cy="${f(s * 0.48)}" r="${f(s * 0.055)}" fill="${i === 1 ? accent : fg}"/>`).join('')}`,
  };
  return svg(s, s, `${shape} icon`, bodies[shape]);
}

function hills(rng: Rng, w: number, h: number, base: number, amp: number, fill: string): string {
  const pts: string[] = [`M0 ${h}`, `L0 ${f(base)}`];
  const steps = 6;
  for (let i = 1; i <= steps; i++) {
    const x = (w * i) / steps;
    const y = base - amp * (0.3 + rng.next() * 0.7);
    pts.push(`Q${f(x - w / steps / 2)} ${f(y - amp * 0.4)} ${f(x)} ${f(y)}`);
  }
  return `<path d="${pts.join(' ')} L${w} ${h}Z" fill="${fill}"/>`;
}

export function illustrationSvg(scene: IllustrationScene, w: number, h: number, p: string[], seed: number): string {
  const rng = createRng(seed);
  const [a, b, c, d, e] = p as [string, string, string, string, string];
  const card = (x: number, y: number, cw: number, ch: number, fill: string) =>
    `<rect x="${f(x)}" y="${f(y)}" width="${f(cw)}" height="${f(ch)}" rx="${f(Math.min(cw, ch) * 0.08)}" fill="${fill}"/>`;
  const bodies: Record<IllustrationScene, () => string> = {
    landscape: () =>
      `<rect width="${w}" height="${h}" fill="${a}"/><circle cx="${f(w * 0.72)}" cy="${f(h * 0.3)}" r="${f(h * 0.11)}" fill="${e}"/>` +
      hills(rng, w, h, h * 0.62, h * 0.18, b) +
      hills(rng, w, h, h * 0.74, h * 0.14, c) +
      hills(rng, w, h, h * 0.86, h * 0.1, d) +
      Array.from({ length: 5 }, (_, i) => {
        const x = w * (0.1 + i * 0.08 + rng.next() * 0.03);
        const y = h * (0.78 + rng.next() * 0.05);
        return `<rect x="${f(x - 3)}" y="${f(y)}" width="6" height="${f(h * 0.06)}" fill="${d}"/><polygon points="${polygon(x, y - h * 0.02, h * 0.06, 3)}" fill="${b}"/>`;
      }).join(''),
    blobs: () =>
      `<rect width="${w}" height="${h}" fill="${a}"/>` +
      Array.from({ length: 7 }, (_, i) => {
        const cx = rng.next() * w;
        const cy = rng.next() * h;
        const r = h * (0.12 + rng.next() * 0.22);
        return `<ellipse cx="${f(cx)}" cy="${f(cy)}" rx="${f(r * 1.3)}" ry="${f(r)}" transform="rotate(${rng.int(0, 180)} ${f(cx)} ${f(cy)})" fill="${[b, c, d, e][i % 4]}" fill-opacity="0.75"/>`;
      }).join(''),
    dashboard: () => {
      const bars = Array.from({ length: 8 }, (_, i) => {
        const bh = h * 0.3 * (0.25 + rng.next() * 0.75);
        return card(w * (0.1 + i * 0.045), h * 0.85 - bh, w * 0.03, bh, i % 3 === 0 ? e : c);
      }).join('');
      const line = Array.from(
        { length: 9 },
        (_, i) => `${f(w * (0.56 + i * 0.042))},${f(h * (0.45 + rng.next() * 0.35))}`,
      ).join(' ');
      return `<rect width="${w}" height="${h}" fill="${a}"/>${card(w * 0.06, h * 0.08, w * 0.88, h * 0.12, b)}${card(w * 0.06, h * 0.26, w * 0.44, h * 0.66, b)}${card(w * 0.54, h * 0.26, w * 0.4, h * 0.66, b)}${bars}<polyline points="${line}" fill="none" stroke="${d}" stroke-width="${f(h * 0.012)}" stroke-linejoin="round"/>`;
    },
    blocks: () =>
      `<rect width="${w}" height="${h}" fill="${a}"/>` +
      Array.from({ length: 9 }, (_, i) => {
        const s = h * 0.14;
        const x = w * 0.3 + (i % 3) * s * 1.05 - Math.floor(i / 3) * s * 0.5;
        const y = h * 0.35 + Math.floor(i / 3) * s * 0.55 + (i % 3) * s * 0.3;
        return `<polygon points="${f(x)},${f(y)} ${f(x + s)},${f(y + s * 0.5)} ${f(x)},${f(y + s)} ${f(x - s)},${f(y + s * 0.5)}" fill="${[b, c, d][i % 3]}"/><polygon points="${f(x - s)},${f(y + s * 0.5)} ${f(x)},${f(y + s)} ${f(x)},${f(y + s * 1.6)} ${f(x - s)},${f(y + s * 1.1)}" fill="${e}" fill-opacity="0.8"/>`;
      }).join(''),
    waves: () =>
      `<rect width="${w}" height="${h}" fill="${a}"/>` +
      [b, c, d, e]
        .map((fill, i) => {
          const y = h * (0.35 + i * 0.15);
          const amp = h * 0.06;
          return `<path d="M0 ${f(y)} C${f(w * 0.25)} ${f(y - amp * 2)} ${f(w * 0.5)} ${f(y + amp * 2)} ${f(w * 0.75)} ${f(y)} S${f(w)} ${f(y - amp)} ${w} ${f(y)} V${h} H0Z" fill="${fill}"/>`;
        })
        .join(''),
    team: () =>
      `<rect width="${w}" height="${h}" fill="${a}"/>${card(w * 0.1, h * 0.7, w * 0.8, h * 0.06, b)}` +
      Array.from({ length: 4 }, (_, i) => {
        const x = w * (0.2 + i * 0.2);
        const tone = [c, d, e, b][i]!;
        return `<circle cx="${f(x)}" cy="${f(h * 0.38)}" r="${f(h * 0.07)}" fill="${tone}"/><rect x="${f(x - h * 0.1)}" y="${f(h * 0.47)}" width="${f(h * 0.2)}" height="${f(h * 0.23)}" rx="${f(h * 0.08)}" fill="${tone}" fill-opacity="0.85"/>`;
      }).join(''),
    rocket: () =>
      `<rect width="${w}" height="${h}" fill="${a}"/>` +
      Array.from(
        { length: 30 },
        () =>
          `<circle cx="${f(rng.next() * w)}" cy="${f(rng.next() * h)}" r="${f(1 + rng.next() * 2.5)}" fill="${e}"/>`,
      ).join('') +
      `<g transform="rotate(35 ${f(w / 2)} ${f(h / 2)})"><path d="M${f(w / 2)} ${f(h * 0.15)} C${f(w / 2 + h * 0.12)} ${f(h * 0.3)} ${f(w / 2 + h * 0.1)} ${f(h * 0.55)} ${f(w / 2 + h * 0.07)} ${f(h * 0.65)} H${f(w / 2 - h * 0.07)} C${f(w / 2 - h * 0.1)} ${f(h * 0.55)} ${f(w / 2 - h * 0.12)} ${f(h * 0.3)} ${f(w / 2)} ${f(h * 0.15)}Z" fill="${b}"/>` +
      `<circle cx="${f(w / 2)}" cy="${f(h * 0.38)}" r="${f(h * 0.045)}" fill="${c}"/><polygon points="${f(w / 2 - h * 0.05)},${f(h * 0.66)} ${f(w / 2 + h * 0.05)},${f(h * 0.66)} ${f(w / 2)},${f(h * 0.82)}" fill="${d}"/></g>`,
  };
  return svg(w, h, `${scene} illustration`, bodies[scene]());
}
