import { HTTPException } from 'hono/http-exception';

/**
 * A request body read chunk by chunk, stopped with a 413 and the given message
 * once it grows past `max` bytes: for the upload routes that stream past the
 * global body limit (src/server/app.ts).
 */
export async function* limited(stream: ReadableStream<Uint8Array>, max: number, tooLarge: string): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.length;
      if (size > max) throw new HTTPException(413, { message: tooLarge });
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
