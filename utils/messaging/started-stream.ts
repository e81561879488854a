import { EventQueue } from './event-queue';

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
  const queue = new EventQueue<Event>();
  void (async () => {
    try {
      for await (const event of open(controller.signal)) queue.push(event);
      queue.end();
    } catch (error) {
      queue.fail(error);
    }
  })();
  return { events: queue.drain(), cancel: () => controller.abort() };
}
