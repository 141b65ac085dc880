/**
 * The request body stopped arriving: the client closed the connection (or it was cut) before the
 * body was complete. Not a server failure; the error handler logs it as a client abort.
 */
export class BodyAbortedError extends Error {
  constructor() {
    super('The request body ended before it was complete.');
    this.name = 'BodyAbortedError';
  }
}

/**
 * Reads a body up to `max` bytes, counting what actually arrives (a chunked body or a lying
 * Content-Length cannot get past the limit). Null when the body is larger; BodyAbortedError when
 * the stream fails part-way (Node errors a request body whose client hung up).
 */
export async function readLimited(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = await reader.read().catch(() => {
      throw new BodyAbortedError();
    });
    if (chunk.done) break;
    total += chunk.value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}
