import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import { FORMAT_CONTENT_TYPES, type AssetFormat, type FileStore } from '../lib/files.ts';
import { notFound } from '../lib/errors.ts';

/**
 * Stored asset bytes. Keys are server-generated and validated by the store, so a path can never
 * leave the files folder, even with path tricks. SVG gets a script-free CSP and is an attachment when opened.
 */
export function filesRouter(files: FileStore) {
  return new Hono().get('/:key', (c) => {
    const key = c.req.param('key');
    const path = files.path(key);
    if (!path || !files.has(key)) throw notFound('file');
    const format = key.slice(key.lastIndexOf('.') + 1) as AssetFormat;
    const size = statSync(path).size;
    const headers: Record<string, string> = {
      'Content-Type': FORMAT_CONTENT_TYPES[format],
      'Content-Length': String(size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
      // Asset bytes are public (named by 128 random bits) and meant to be embedded by clients on
      // other origins, as an API's asset host is: a web app in proxy mode shows them from here.
      'Cross-Origin-Resource-Policy': 'cross-origin',
    };
    if (format === 'svg') headers['Content-Disposition'] = 'attachment';
    const body = Readable.toWeb(createReadStream(path)) as ReadableStream;
    return new Response(body, { status: 200, headers });
  });
}
