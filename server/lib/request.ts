import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, validationError } from './errors.ts';

export const JSON_BODY_LIMIT = 64 * 1024;

/** Reads a JSON body strictly: 415 without application/json, 413 over 64 KB, 400 if empty, malformed or invalid. */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type.trim())) {
    throw new ApiError(415, 'Request bodies must be sent with Content-Type: application/json.');
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > JSON_BODY_LIMIT) throw tooLarge();
  const text = await readLimited(c.req.raw);
  if (text.trim() === '') throw new ApiError(400, 'The request body is empty; a JSON object was expected.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const result = schema.safeParse(c.req.query());
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function tooLarge() {
  return new ApiError(413, `JSON bodies are limited to ${JSON_BODY_LIMIT / 1024} KB.`);
}

/** Counts streamed bytes, so a chunked body or a lying Content-Length cannot exceed the limit. */
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > JSON_BODY_LIMIT) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
