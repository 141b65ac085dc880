/**
 * A bounded look at the start of an SVG document: skips the XML prolog and finds the `<svg` root
 * tag without ever running an XML parser, so entity declarations are never expanded. Anything this
 * scanner cannot understand within the window is treated as "not an SVG".
 */

/** How much of the file is examined. A root tag further in than this is not accepted. */
const SVG_SCAN_BYTES = 4096;

interface SvgRoot {
  /** The text of the root start tag, from `<svg` up to (not including) its closing `>`. */
  tag: string;
}

export function findSvgRoot(bytes: Uint8Array): SvgRoot | null {
  let text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SVG_SCAN_BYTES));
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text.startsWith('<?xml', i) || text.startsWith('<?', i)) {
      const end = text.indexOf('?>', i + 2);
      if (end < 0) return null;
      i = end + 2;
    } else if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return null;
      i = end + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(text, i + 9);
      if (end < 0) return null;
      // Entity declarations are how "billion laughs" bombs work; such files are refused outright.
      if (/<!ENTITY/i.test(text.slice(i, end))) return null;
      i = end + 1;
    } else if (/^<svg[\s/>]/.test(text.slice(i, i + 5))) {
      const end = tagEnd(text, i + 4);
      if (end < 0) return null;
      return { tag: text.slice(i, end) };
    } else {
      return null;
    }
  }
}

/** Index of the `>` closing a DOCTYPE (skipping an internal subset in brackets), or -1. */
function doctypeEnd(text: string, from: number): number {
  let inSubset = false;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '[') {
      inSubset = true;
    } else if (ch === ']') {
      inSubset = false;
    } else if (ch === '>' && !inSubset) {
      return i;
    }
  }
  return -1;
}

/** Index of the `>` ending a start tag, honouring quoted attribute values, or -1. */
function tagEnd(text: string, from: number): number {
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return i;
    }
  }
  return -1;
}

function attribute(tag: string, name: string): string | null {
  const re = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? (m[2] ?? m[3] ?? null) : null;
}

/** A plain number or a `px` length; percentages, `em` and friends have no intrinsic size. */
function length(value: string | null): number | null {
  if (value === null) return null;
  const m = /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isFinite(n) && n > 0 ? n : null;
}

function viewBox(value: string | null): { w: number; h: number } | null {
  if (value === null) return null;
  const parts = value
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [, , w, h] = parts as [number, number, number, number];
  return w > 0 && h > 0 ? { w, h } : null;
}

export function svgDimensions(root: SvgRoot): { width: number; height: number } | null {
  const vb = viewBox(attribute(root.tag, 'viewBox'));
  let w = length(attribute(root.tag, 'width'));
  let h = length(attribute(root.tag, 'height'));
  if (w !== null && h === null && vb) h = (w * vb.h) / vb.w;
  if (h !== null && w === null && vb) w = (h * vb.w) / vb.h;
  if (w === null && h === null && vb) {
    w = vb.w;
    h = vb.h;
  }
  if (w === null || h === null) return null;
  const width = Math.max(1, Math.round(w));
  const height = Math.max(1, Math.round(h));
  return Number.isSafeInteger(width) && Number.isSafeInteger(height) ? { width, height } : null;
}
