import type { AssetFormat } from './files.ts';
import { findSvgRoot, svgDimensions } from './svg-header.ts';

/**
 * Format detection from magic bytes only. The Content-Type a server sends and the file name are
 * ignored: both are chosen by whoever serves the file.
 */

type Dimensions = { width: number; height: number } | { width: null; height: null };

const NO_DIMENSIONS: Dimensions = Object.freeze({ width: null, height: null }) as Dimensions;

const ascii = (bytes: Uint8Array, at: number, text: string): boolean => {
  if (at + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const JPEG = [0xff, 0xd8, 0xff] as const;
const EBML = [0x1a, 0x45, 0xdf, 0xa3] as const;

// ISO-BMFF brands. HEIF/AVIF images share the container with MP4 and must not pass as video.
const IMAGE_BRANDS = new Set(['avif', 'avis', 'heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'iso7',
  'iso8',
  'iso9',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'dash',
  'M4V ',
  'M4VH',
  'M4VP',
  'mmp4',
  'f4v ',
  'MSNV',
]);

export function sniffFormat(bytes: Uint8Array): AssetFormat | null {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpg';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'webp';
  if (ascii(bytes, 4, 'ftyp')) return isMp4(bytes) ? 'mp4' : null;
  if (startsWith(bytes, EBML)) return ebmlDocType(bytes) === 'webm' ? 'webm' : null;
  if (findSvgRoot(bytes)) return 'svg';
  return null;
}

function u32be(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
}
const u16be = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const u16le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u24le = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16);
const brandAt = (b: Uint8Array, at: number): string => String.fromCharCode(...b.subarray(at, at + 4));

function isMp4(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const major = brandAt(bytes, 8);
  if (IMAGE_BRANDS.has(major)) return false;
  if (MP4_BRANDS.has(major)) return true;
  // Compatible brands follow the minor version; the box size bounds the list.
  const boxEnd = Math.min(u32be(bytes, 0), bytes.length, 256);
  for (let at = 16; at + 4 <= boxEnd; at += 4) {
    if (MP4_BRANDS.has(brandAt(bytes, at))) return true;
  }
  return false;
}

/** Reads the DocType element (ID 0x4282) of the EBML header: 'webm' or 'matroska'. */
function ebmlDocType(bytes: Uint8Array): string | null {
  const limit = Math.min(bytes.length, 64);
  for (let i = 4; i + 3 < limit; i++) {
    if (bytes[i] !== 0x42 || bytes[i + 1] !== 0x82) continue;
    const sizeByte = bytes[i + 2]!;
    if ((sizeByte & 0x80) === 0) return null; // only one-byte sizes are expected for this short string
    const size = sizeByte & 0x7f;
    const start = i + 3;
    if (start + size > bytes.length) return null;
    return String.fromCharCode(...bytes.subarray(start, start + size)).replace(/\0+$/, '');
  }
  return null;
}

/** Image dimensions from the file header alone; pixels are never decoded. Video yields nulls. */
export function readDimensions(bytes: Uint8Array, format: AssetFormat): Dimensions {
  const dims = (() => {
    switch (format) {
      case 'png':
        return pngDimensions(bytes);
      case 'gif':
        return bytes.length >= 10 ? { width: u16le(bytes, 6), height: u16le(bytes, 8) } : null;
      case 'jpg':
        return jpegDimensions(bytes);
      case 'webp':
        return webpDimensions(bytes);
      case 'svg': {
        const root = findSvgRoot(bytes);
        return root ? svgDimensions(root) : null;
      }
      default:
        return null;
    }
  })();
  if (!dims || dims.width <= 0 || dims.height <= 0) return NO_DIMENSIONS;
  return { width: dims.width, height: dims.height };
}

function pngDimensions(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 24 || !ascii(b, 12, 'IHDR')) return null;
  return { width: u32be(b, 16), height: u32be(b, 20) };
}

function jpegDimensions(b: Uint8Array): { width: number; height: number } | null {
  let i = 2;
  while (i + 3 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image / start of scan without a frame header
    const length = u16be(b, i + 2);
    if (length < 2) return null;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (i + 9 > b.length) return null;
      return { width: u16be(b, i + 7), height: u16be(b, i + 5) };
    }
    i += 2 + length;
  }
  return null;
}

function webpDimensions(b: Uint8Array): { width: number; height: number } | null {
  if (b.length < 30) return null;
  if (ascii(b, 12, 'VP8X')) {
    return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 };
  }
  if (ascii(b, 12, 'VP8L')) {
    if (b[20] !== 0x2f) return null;
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0;
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (ascii(b, 12, 'VP8 ')) {
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff };
  }
  return null;
}
