import { browser } from 'wxt/browser';
import { ParleyError, fromErrorData } from '../errors/parley-error';
import type { RequestDefinition } from './define';
import { ResponseEnvelopeSchema, type RequestEnvelope } from './envelope';
import { t } from '../i18n/t';

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
      message: t('errorBackgroundUnreachable'),
      action: 'retry',
    });
  }
  const parsed = ResponseEnvelopeSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ParleyError({ code: 'bad-message', message: t('errorNoValidAnswer', definition.type), action: 'retry' });
  }
  if (!parsed.data.ok) throw fromErrorData(parsed.data.error);
  return definition.response.parse(parsed.data.data);
}
