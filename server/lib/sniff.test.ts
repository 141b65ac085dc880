// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  ENTITY_BOMB_SVG,
  GIF_HTML_POLYGLOT,
  HTML_PAGE,
  sampleGif,
  sampleJpeg,
  sampleMp4,
  samplePng,
  sampleSvg,
  sampleWebm,
  sampleWebp,
} from '../testing/sample-files.ts';
import { readDimensions, sniffFormat } from './sniff.ts';

const svg = (text: string) => Buffer.from(text);

describe('sniffFormat', () => {
  it.each([
    ['png', samplePng(1, 1)],
    ['jpg', sampleJpeg(1, 1)],
    ['gif', sampleGif(1, 1, '87a')],
    ['gif', sampleGif(1, 1, '89a')],
    ['webp', sampleWebp(1, 1, 'VP8 ')],
    ['webp', sampleWebp(1, 1, 'VP8L')],
    ['webp', sampleWebp(1, 1, 'VP8X')],
    ['mp4', sampleMp4()],
    ['mp4', sampleMp4('XAVC', ['XAVC', 'mp42'])],
    ['webm', sampleWebm()],
    ['svg', sampleSvg()],
    ['svg', svg('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['svg', svg('\uFEFF  \n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg>')],
    ['gif', GIF_HTML_POLYGLOT],
  ] as const)('detects %s', (format, bytes) => {
    expect(sniffFormat(bytes)).toBe(format);
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['HTML page', HTML_PAGE],
    ['plain text', Buffer.from('hello world')],
    ['JSON', Buffer.from('{"svg": "<svg>"}')],
    ['AVIF (ISO-BMFF image)', sampleMp4('avif', ['avif', 'mif1', 'miaf'])],
    ['HEIC', sampleMp4('heic', ['mif1', 'heic', 'iso8'])],
    ['QuickTime', sampleMp4('qt  ', ['qt  '])],
    ['Matroska', sampleWebm('matroska')],
    ['truncated PNG signature', samplePng(1, 1).subarray(0, 7)],
    ['RIFF that is not WebP', Buffer.from('RIFF\0\0\0\0WAVEfmt ')],
    ['SVG with entity declarations', ENTITY_BOMB_SVG],
    ['SVG root after 4 KB', svg(`<!--${' '.repeat(5000)}--><svg>`)],
    ['unterminated DOCTYPE', svg(`<!DOCTYPE svg [ ${'x'.repeat(5000)} ]><svg>`)],
    ['svg inside HTML', svg('<html><svg></svg></html>')],
    ['element named svgfoo', svg('<svgfoo/>')],
    ['ENTITY hidden after a quoted ]', svg('<!DOCTYPE svg [ <!ATTLIST a b "]>"> <!ENTITY x "y"> ]><svg>')],
  ])('refuses %s', (_name, bytes) => {
    expect(sniffFormat(bytes)).toBeNull();
  });

  it('refuses an entity-expansion bomb quickly and without expanding it', () => {
    const started = performance.now();
    expect(sniffFormat(ENTITY_BOMB_SVG)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('readDimensions', () => {
  it.each([
    ['png', samplePng(640, 480), 640, 480],
    ['jpg', sampleJpeg(1024, 768), 1024, 768],
    ['jpg', sampleJpeg(300, 200, 0xc2), 300, 200], // progressive
    ['gif', sampleGif(32, 16), 32, 16],
    ['webp', sampleWebp(400, 300, 'VP8 '), 400, 300],
    ['webp', sampleWebp(400, 300, 'VP8L'), 400, 300],
    ['webp', sampleWebp(5000, 3000, 'VP8X'), 5000, 3000],
    ['svg', sampleSvg('width="120" height="40"'), 120, 40],
    ['svg', sampleSvg('width="120px" height="40.4px"'), 120, 40],
    ['svg', sampleSvg('viewBox="0 0 24 12"'), 24, 12],
    ['svg', sampleSvg('width="100%" height="100%" viewBox="0,0,48,24"'), 48, 24],
    ['svg', sampleSvg('width="96" viewBox="0 0 48 24"'), 96, 48],
    ['svg', sampleSvg("height='10' viewBox='0 0 30 10' stroke-width='3'"), 30, 10],
  ] as const)('reads %s dimensions', (format, bytes, width, height) => {
    expect(readDimensions(bytes, format)).toEqual({ width, height });
  });

  it('returns the numbers a PNG header claims, without decoding', () => {
    const started = performance.now();
    expect(readDimensions(samplePng(100_000, 100_000), 'png')).toEqual({ width: 100_000, height: 100_000 });
    expect(performance.now() - started).toBeLessThan(50);
  });

  it.each([
    ['mp4 is video', sampleMp4(), 'mp4'],
    ['webm is video', sampleWebm(), 'webm'],
    ['svg without sizes', sampleSvg(''), 'svg'],
    ['svg in em units', sampleSvg('width="2em" height="1em"'), 'svg'],
    ['truncated png', samplePng(1, 1).subarray(0, 20), 'png'],
    ['png with zero width', samplePng(0, 10), 'png'],
    ['jpeg without a frame header', Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2]), 'jpg'],
    ['jpeg with garbage', Buffer.from([0xff, 0xd8, 0x00, 0x00, 0, 0]), 'jpg'],
    [
      'webp with a bad VP8 start code',
      Buffer.concat([sampleWebp(1, 1, 'VP8 ').subarray(0, 23), Buffer.alloc(8)]),
      'webp',
    ],
  ] as const)('returns nulls for %s', (_name, bytes, format) => {
    expect(readDimensions(bytes, format)).toEqual({ width: null, height: null });
  });

  it('scans past many JPEG segments without running off the end', () => {
    const app = Buffer.from([0xff, 0xe1, 0x00, 0x04, 0, 0]);
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      ...Array.from({ length: 1000 }, () => app),
      sampleJpeg(7, 9).subarray(2),
    ]);
    expect(readDimensions(bytes, 'jpg')).toEqual({ width: 7, height: 9 });
    expect(readDimensions(bytes.subarray(0, 3000), 'jpg')).toEqual({ width: null, height: null });
  });
});
