/**
 * Reads a body up to `max` bytes, counting what actually arrives (a chunked body or a lying
 * Content-Length cannot get past the limit). Null when the body is larger.
 */
export async function readLimited(body: ReadableStream<Uint8Array>, max: number): Promise<Uint8Array | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * Passes an upstream body through chunk by chunk. `done` runs once, however the stream ends; a
 * failing upstream (reset, deadline) errors this stream too, so the server cuts the client
 * connection instead of leaving a response that never ends.
 */
export function streamUntil(
  body: ReadableStream<Uint8Array>,
  done: () => void,
  onFailure: (reason: string) => void,
): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let finished = false;
  const end = () => {
    if (finished) return;
    finished = true;
    done();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          end();
          controller.close();
        } else {
          controller.enqueue(chunk.value);
        }
      } catch (err) {
        end();
        onFailure(err instanceof Error ? err.message : 'error');
        controller.error(new Error('The upstream response ended early.'));
      }
    },
    async cancel(reason) {
      // The client went away: stop reading from the upstream too.
      end();
      await reader.cancel(reason).catch(() => undefined);
    },
  });
}
