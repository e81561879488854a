/**
 * A stream started before anyone reads it: its events queue up until the reader comes. The
 * bubble starts its translation while the page is still in the background's `executeScript` call,
 * so the request is on its way while React mounts (utils/translate and components/translate).
 */
export interface StartedStream<Event> {
  /** The events, from the first; read once. */
  events: AsyncIterable<Event>;
  /** Stops the stream (the background then aborts its request). */
  cancel: () => void;
}

export function startStream<Event>(open: (signal: AbortSignal) => AsyncIterable<Event>): StartedStream<Event> {
  const controller = new AbortController();
  const queue: Array<{ event: Event } | { end: true } | { error: unknown }> = [];
  let wake: (() => void) | undefined;
  const push = (item: (typeof queue)[number]) => {
    queue.push(item);
    wake?.();
  };
  void (async () => {
    try {
      for await (const event of open(controller.signal)) push({ event });
      push({ end: true });
    } catch (error) {
      push({ error });
    }
  })();
  async function* events(): AsyncGenerator<Event> {
    while (true) {
      const item = queue.shift();
      if (!item) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        continue;
      }
      if ('event' in item) yield item.event;
      else if ('end' in item) return;
      else throw item.error;
    }
  }
  return { events: events(), cancel: () => controller.abort() };
}
