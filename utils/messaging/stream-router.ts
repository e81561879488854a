import { browser, type Browser } from 'wxt/browser';
import { ParleyError, type ParleyErrorData } from '../errors/parley-error';
import { holdServiceWorker } from '../background/worker-lifetime';
import type { StreamDefinition } from './define';
import { PortClientMessageSchema, type PortServerMessage } from './envelope';
import { isAllowed, senderTrust } from './sender';
import { batchedByTask } from './event-batches';
import { t } from '../i18n/t';

export interface StreamContext {
  signal: AbortSignal;
  sender: Browser.runtime.MessageSender;
}

type StreamHandler = (payload: unknown, context: StreamContext, post: (event: unknown) => void) => Promise<void>;
const streams = new Map<string, { definition: StreamDefinition<unknown, unknown>; run: StreamHandler }>();

/** Registers the background side of a stream: an async generator of events. */
export function handleStream<Start, Event>(
  definition: StreamDefinition<Start, Event>,
  produce: (payload: Start, context: StreamContext) => AsyncIterable<Event>,
): void {
  streams.set(definition.name, {
    definition: definition as StreamDefinition<unknown, unknown>,
    run: async (payload, context, post) => {
      const parsed = definition.start.safeParse(payload);
      if (!parsed.success) {
        throw new ParleyError({ code: 'bad-message', message: t('errorMalformedRequest', definition.name), action: 'none' });
      }
      for await (const event of produce(parsed.data, context)) post(event);
    },
  });
}

function errorData(error: unknown): ParleyErrorData {
  if (error instanceof ParleyError) return error.data;
  console.error('Parley: a stream handler failed', error instanceof Error ? error.message : 'unknown error');
  return { code: 'unknown', message: t('errorInternal'), action: 'retry' };
}

function servePort(port: Browser.runtime.Port): void {
  const entry = streams.get(port.name);
  if (!entry || !port.sender || !isAllowed(entry.definition.trust, senderTrust(port.sender))) {
    port.disconnect();
    return;
  }
  const { definition, run } = entry;
  const sender = port.sender;
  const controller = new AbortController();
  let attached = true;
  let started = false;
  const post = (message: PortServerMessage) => {
    if (!attached) return;
    try {
      port.postMessage(message);
    } catch {
      attached = false;
    }
  };
  port.onDisconnect.addListener(() => {
    attached = false;
    if (!definition.continueWhenDetached) controller.abort();
  });
  port.onMessage.addListener((raw: unknown) => {
    const message = PortClientMessageSchema.safeParse(raw);
    if (!message.success) return;
    if (message.data.kind === 'cancel') {
      controller.abort();
      return;
    }
    if (started) return;
    started = true;
    const release = holdServiceWorker();
    const events = batchedByTask((batch) => post({ kind: 'events', events: batch }));
    run(message.data.payload, { signal: controller.signal, sender }, events.add)
      .then(() => {
        events.flush();
        post({ kind: 'end' });
      })
      .catch((error: unknown) => {
        events.flush();
        post({ kind: 'error', error: errorData(error) });
      })
      .finally(() => {
        release();
        if (attached) port.disconnect();
      });
  });
}

export function startStreamRouter(): void {
  browser.runtime.onConnect.addListener(servePort);
}
