import { browser, type Browser } from 'wxt/browser';
import { ParleyError, type ParleyErrorData } from '../errors/parley-error';
import type { RequestDefinition } from './define';
import { RequestEnvelopeSchema, type ResponseEnvelope } from './envelope';
import { isAllowed, senderTrust } from './sender';
import { t } from '../i18n/t';

type Handler = (payload: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
const handlers = new Map<string, { trust: RequestDefinition<unknown, unknown>['trust']; handle: Handler }>();

/** Registers what the background (or a content script) answers to one request type. */
export function handleRequest<Request, Response>(
  definition: RequestDefinition<Request, Response>,
  handle: (payload: Request, sender: Browser.runtime.MessageSender) => Promise<Response>,
): void {
  handlers.set(definition.type, {
    trust: definition.trust,
    handle: async (payload, sender) => {
      const parsed = definition.request.safeParse(payload);
      if (!parsed.success) {
        throw new ParleyError({ code: 'bad-message', message: t('errorMalformedMessage', definition.type), action: 'none' });
      }
      return definition.response.parse(await handle(parsed.data, sender));
    },
  });
}

function failure(error: ParleyErrorData): ResponseEnvelope {
  return { ok: false, error };
}

/** Validates, checks the sender, runs the handler; every outcome is an envelope, never a throw. */
export async function dispatchRequest(message: unknown, sender: Browser.runtime.MessageSender): Promise<ResponseEnvelope | undefined> {
  const envelope = RequestEnvelopeSchema.safeParse(message);
  // Not one of ours: stay silent so other listeners (and WXT's own) can answer.
  if (!envelope.success) return undefined;
  const entry = handlers.get(envelope.data.type);
  if (!entry) return failure({ code: 'bad-message', message: t('errorUnknownMessage', envelope.data.type), action: 'none' });
  if (!isAllowed(entry.trust, senderTrust(sender))) {
    return failure({ code: 'not-allowed', message: t('errorNotAllowed'), action: 'none' });
  }
  try {
    return { ok: true, data: await entry.handle(envelope.data.payload, sender) };
  } catch (error) {
    if (error instanceof ParleyError) return failure(error.data);
    console.error('Parley: a request handler failed', envelope.data.type, error instanceof Error ? error.message : 'unknown error');
    return failure({ code: 'unknown', message: t('errorInternal'), action: 'retry' });
  }
}

export function startRequestRouter(): void {
  browser.runtime.onMessage.addListener(((message: unknown, sender: Browser.runtime.MessageSender) => {
    // The polyfill sends back what a returned promise resolves to; undefined leaves the message to others.
    const reply = dispatchRequest(message, sender);
    return reply.then((envelope) => envelope);
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
