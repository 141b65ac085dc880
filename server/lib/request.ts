import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, validationError } from './errors.ts';
import { readLimited } from './read-limited.ts';

export const JSON_BODY_LIMIT = 64 * 1024;

/** Reads a JSON body strictly: 415 without application/json, 413 over 64 KB, 400 if empty, malformed or invalid. */
export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type.trim())) {
    throw new ApiError(415, 'Request bodies must be sent with Content-Type: application/json.');
  }
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > JSON_BODY_LIMIT) throw tooLarge();
  // Counted on streamed bytes, so a chunked body or a lying Content-Length cannot exceed the limit.
  const bytes = c.req.raw.body ? await readLimited(c.req.raw.body, JSON_BODY_LIMIT) : new Uint8Array();
  if (bytes === null) throw tooLarge();
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
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
