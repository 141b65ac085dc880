/**
 * Tiny hand-built file headers for tests. They carry just enough structure for format sniffing
 * and header-only dimension reading; none of them is a decodable image.
 */
import { crc32 } from 'node:zlib';

function u32be(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  return Buffer.concat([u32be(data.length), body, u32be(crc32(body))]);
}

/** PNG signature + IHDR (RGBA, 8 bit) + an empty IDAT + IEND. */
export function samplePng(width: number, height: number): Buffer {
  const ihdr = Buffer.concat([u32be(width), u32be(height), Buffer.from([8, 6, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.alloc(0)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** SOI, an APP0 (JFIF) segment, then a baseline SOF0 frame header. */
export function sampleJpeg(width: number, height: number, sof = 0xc0): Buffer {
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sofSeg = Buffer.from([
    0xff,
    sof,
    0x00,
    0x11,
    8,
    (height >> 8) & 0xff,
    height & 0xff,
    (width >> 8) & 0xff,
    width & 0xff,
    3,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sofSeg, Buffer.from([0xff, 0xd9])]);
}

export function sampleGif(width: number, height: number, version: '87a' | '89a' = '89a'): Buffer {
  const b = Buffer.alloc(13);
  b.write(`GIF${version}`, 0, 'latin1');
  b.writeUInt16LE(width, 6);
  b.writeUInt16LE(height, 8);
  return Buffer.concat([b, Buffer.from([0x3b])]);
}

function riff(chunk: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(20);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(12 + payload.length, 4);
  head.write('WEBP', 8, 'latin1');
  head.write(chunk, 12, 'latin1');
  head.writeUInt32LE(payload.length, 16);
  return Buffer.concat([head, payload]);
}

export function sampleWebp(width: number, height: number, kind: 'VP8 ' | 'VP8L' | 'VP8X' = 'VP8X'): Buffer {
  if (kind === 'VP8X') {
    const p = Buffer.alloc(10);
    p.writeUIntLE(width - 1, 4, 3);
    p.writeUIntLE(height - 1, 7, 3);
    return riff('VP8X', p);
  }
  if (kind === 'VP8L') {
    const p = Buffer.alloc(10);
    p[0] = 0x2f;
    p.writeUInt32LE((((height - 1) << 14) | (width - 1)) >>> 0, 1);
    return riff('VP8L', p);
  }
  const p = Buffer.alloc(10);
  p.set([0x9d, 0x01, 0x2a], 3);
  p.writeUInt16LE(width, 6);
  p.writeUInt16LE(height, 8);
  return riff('VP8 ', p);
}

export function sampleMp4(majorBrand = 'isom', compatible: string[] = ['isom', 'mp41']): Buffer {
  const size = 16 + 4 * compatible.length;
  const b = Buffer.alloc(size);
  b.writeUInt32BE(size, 0);
  b.write('ftyp', 4, 'latin1');
  b.write(majorBrand, 8, 'latin1');
  compatible.forEach((brand, i) => b.write(brand, 16 + 4 * i, 'latin1'));
  return Buffer.concat([b, Buffer.from([0, 0, 0, 8, 0x6d, 0x64, 0x61, 0x74])]);
}

export function sampleWebm(docType = 'webm'): Buffer {
  const doc = Buffer.from(docType, 'latin1');
  const body = Buffer.concat([
    Buffer.from([0x42, 0x86, 0x81, 0x01]), // EBMLVersion 1
    Buffer.from([0x42, 0x82, 0x80 | doc.length]),
    doc,
  ]);
  return Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x80 | body.length]), body]);
}

export function sampleSvg(attrs = 'width="120" height="40"'): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" ${attrs}><rect width="10" height="10"/></svg>\n`,
  );
}

export const ENTITY_BOMB_SVG = Buffer.from(`<?xml version="1.0"?>
<!DOCTYPE svg [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&lol9;</text></svg>`);

export const HTML_PAGE = Buffer.from(
  '<!DOCTYPE html>\n<html><head><title>Not an image</title></head><body>hi</body></html>\n',
);

/** Valid GIF header followed by HTML: must be treated as a GIF, never as a page. */
export const GIF_HTML_POLYGLOT = Buffer.concat([
  sampleGif(1, 1),
  Buffer.from('<html><script>alert(1)</script></html>'),
]);
