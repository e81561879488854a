import { ParleyError } from '../errors/parley-error';
import type { StreamPart } from './provider';
import { t } from '../i18n/t';

/** A provider's stream whose response had started (the server answered 200) and whose body then broke off. */
export class ResponseBrokeOff extends Error {
  constructor(readonly transportError: unknown) {
    super('The response broke off after it started.');
  }
}

interface GuardOptions {
  signal: AbortSignal;
  /** The longest silence allowed between two pieces of a stream (the SDK's timeout only covers the headers). */
  idleTimeoutMs: number;
  toError: (error: unknown) => ParleyError;
  providerLabel: string;
}

/**
 * Runs a provider stream with what every stream needs: cancel, a timeout on silence, and a
 * clear error when the stream stops before the server said it was done.
 */
export async function* streamWithGuards(
  source: (signal: AbortSignal) => AsyncIterable<StreamPart>,
  { signal, idleTimeoutMs, toError, providerLabel }: GuardOptions,
): AsyncGenerator<StreamPart> {
  const controller = new AbortController();
  const abortFromCaller = () => controller.abort(signal.reason);
  if (signal.aborted) abortFromCaller();
  signal.addEventListener('abort', abortFromCaller, { once: true });
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const armTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, idleTimeoutMs);
  };
  let receivedText = false;
  let finished = false;
  try {
    armTimer();
    for await (const part of source(controller.signal)) {
      armTimer();
      if (part.type === 'text') receivedText = true;
      if (part.type === 'finish') finished = true;
      yield part;
    }
    if (!finished) throw streamCut(providerLabel, receivedText);
  } catch (error) {
    if (signal.aborted) throw new ParleyError({ code: 'cancelled', message: t('errorStopped'), action: 'retry' });
    if (timedOut) {
      throw new ParleyError({
        code: 'timeout',
        message: t('errorStreamIdle', [providerLabel, Math.round(idleTimeoutMs / 1000)]),
        action: 'retry',
      });
    }
    if (error instanceof ParleyError) throw error;
    const brokeOff = error instanceof ResponseBrokeOff;
    const mapped = toError(brokeOff ? error.transportError : error);
    // A connection dropped after the server answered (even before the first piece of text) is a
    // cut answer, whatever the transport said: "network error" would send the user to check a
    // connection that worked.
    if ((receivedText || brokeOff) && (mapped.data.code === 'network' || mapped.data.code === 'unknown')) throw streamCut(providerLabel, receivedText);
    throw mapped;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abortFromCaller);
  }
}

function streamCut(providerLabel: string, receivedText: boolean): ParleyError {
  return new ParleyError({
    code: 'stream-cut',
    message: receivedText ? t('errorStreamCut', providerLabel) : t('errorStreamCutBeforeText', providerLabel),
    action: 'retry',
  });
}
