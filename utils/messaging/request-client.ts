import { browser } from 'wxt/browser';
import { ParleyError, fromErrorData } from '../errors/parley-error';
import type { RequestDefinition } from './define';
import { ResponseEnvelopeSchema, type RequestEnvelope } from './envelope';

/** Sends a request and returns its validated answer, or throws the ParleyError the handler chose. */
export async function sendRequest<Request, Response>(
  definition: RequestDefinition<Request, Response>,
  payload: Request,
  target?: { tabId: number; frameId?: number },
): Promise<Response> {
  const envelope: RequestEnvelope = { parley: 1, type: definition.type, payload };
  let raw: unknown;
  try {
    raw = target
      ? await browser.tabs.sendMessage(target.tabId, envelope, target.frameId === undefined ? undefined : { frameId: target.frameId })
      : await browser.runtime.sendMessage(envelope);
  } catch {
    throw new ParleyError({
      code: 'unknown',
      message: 'Parley could not reach its background. Reload the page or the extension, then retry.',
      action: 'retry',
    });
  }
  const parsed = ResponseEnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ParleyError({ code: 'bad-message', message: `Parley got no valid answer to "${definition.type}".`, action: 'retry' });
  }
  if (!parsed.data.ok) throw fromErrorData(parsed.data.error);
  return definition.response.parse(parsed.data.data);
}
