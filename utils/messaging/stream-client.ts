import { browser } from 'wxt/browser';
import { ParleyError, fromErrorData } from '../errors/parley-error';
import type { StreamDefinition } from './define';
import { PortServerMessageSchema, type PortClientMessage } from './envelope';
import { EventQueue } from './event-queue';
import { t } from '../i18n/t';

/**
 * Starts a stream and yields its events as they arrive. Aborting the signal cancels the work in
 * the background (the HTTP request is aborted there). Throws the ParleyError the background sent.
 */
export async function* streamFrom<Start, Event>(
  definition: StreamDefinition<Start, Event>,
  payload: Start,
  signal?: AbortSignal,
): AsyncGenerator<Event> {
  const port = browser.runtime.connect({ name: definition.name });
  const queue = new EventQueue<Event>();
  port.onMessage.addListener((raw: unknown) => {
    const message = PortServerMessageSchema.safeParse(raw);
    if (!message.success) return;
    if (message.data.kind === 'events') {
      for (const raw of message.data.events) {
        const event = definition.event.safeParse(raw);
        if (event.success) queue.push(event.data);
      }
    } else if (message.data.kind === 'end') queue.end();
    else queue.fail(fromErrorData(message.data.error));
  });
  port.onDisconnect.addListener(() =>
    queue.fail(
      new ParleyError({
        code: 'stream-cut',
        message: t('errorBackgroundLost'),
        action: 'retry',
      }),
    ),
  );
  const cancel = () => {
    const message: PortClientMessage = { kind: 'cancel' };
    try {
      port.postMessage(message);
    } catch {
      // Already disconnected: nothing left to cancel.
    }
  };
  signal?.addEventListener('abort', cancel, { once: true });
  const start: PortClientMessage = { kind: 'start', payload };
  port.postMessage(start);
  try {
    yield* queue.drain();
  } finally {
    signal?.removeEventListener('abort', cancel);
    // Leaving early (a consumer's break) tells the background nobody listens any more.
    port.disconnect();
  }
}
