/**
 * An export's pages as a web stream for the response (ADR 0047). The next
 * page is read only when the response asks for it (after the socket took the
 * previous one), so a slow client holds the export back rather than memory
 * filling up; a client that goes away cancels the stream, which ends the
 * export. Each page is handed on as it is: no Node stream between the
 * export and the response, which would copy every page once more.
 */
export function pulledStream(pages: AsyncGenerator<Uint8Array, unknown>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await pages.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    // Nothing read ahead: pull runs only for a pending read.
    { highWaterMark: 0 },
  );
}
