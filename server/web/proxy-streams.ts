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
