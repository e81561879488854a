import { APIConnectionError } from 'openai';
import { describe, expect, it } from 'vitest';
import { ParleyError } from '../../../utils/errors/parley-error';
import { toParleyError } from '../../../utils/llm/error-mapping';
import type { StreamPart } from '../../../utils/llm/provider';
import { ResponseBrokeOff, streamWithGuards } from '../../../utils/llm/stream-guards';

const context = { baseUrl: 'https://api.example.com/v1', model: 'm', apiKey: 'sk-guards-000000', providerLabel: 'Example' };

/** Yields the parts, then waits for the guard's abort (as the SDK does) or throws `then`. */
function source(parts: StreamPart[], then: 'finish' | 'silence' | Error) {
  return async function* (signal: AbortSignal): AsyncGenerator<StreamPart> {
    for (const part of parts) yield part;
    if (then === 'finish') return;
    if (then === 'silence') {
      await new Promise<void>((_resolve, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }));
    } else throw then;
  };
}

async function collect(parts: AsyncIterable<StreamPart>): Promise<{ text: string; error?: ParleyError }> {
  let text = '';
  try {
    for await (const part of parts) if (part.type === 'text') text += part.text;
  } catch (error) {
    if (error instanceof ParleyError) return { text, error };
    throw error;
  }
  return { text };
}

const guard = (make: ReturnType<typeof source>, signal = new AbortController().signal, idleTimeoutMs = 100) =>
  streamWithGuards(make, { signal, idleTimeoutMs, toError: (error) => toParleyError(error, context), providerLabel: 'Example' });

const hello: StreamPart[] = [{ type: 'text', text: 'Bonjour' }, { type: 'text', text: ' Marie' }];

describe('streamWithGuards', () => {
  it('passes a finished stream through', async () => {
    expect(await collect(guard(source([...hello, { type: 'finish', finishReason: 'stop' }], 'finish')))).toEqual({ text: 'Bonjour Marie' });
  });

  it('times out a stream that goes silent, keeping the text that arrived', async () => {
    const started = Date.now();
    const { text, error } = await collect(guard(source(hello, 'silence')));
    expect(text).toBe('Bonjour Marie');
    expect(error?.data).toMatchObject({ code: 'timeout', action: 'retry' });
    expect(error?.message).toContain('What arrived is kept');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('resets the idle timer on every part', async () => {
    async function* slowButSteady(): AsyncGenerator<StreamPart> {
      for (let i = 0; i < 5; i++) {
        await new Promise((resolve) => setTimeout(resolve, 60));
        yield { type: 'text', text: `${i}` };
      }
      yield { type: 'finish', finishReason: 'stop' };
    }
    expect(await collect(guard(slowButSteady))).toEqual({ text: '01234' });
  });

  it('calls a stream that ends without a finish reason cut', async () => {
    const { text, error } = await collect(guard(source(hello, 'finish')));
    expect(text).toBe('Bonjour Marie');
    expect(error?.data.code).toBe('stream-cut');
  });

  it('calls a dropped connection after some text a cut stream, and before any text a network error', async () => {
    const dropped = new APIConnectionError({ message: 'socket hang up' });
    expect((await collect(guard(source(hello, dropped)))).error?.data.code).toBe('stream-cut');
    expect((await collect(guard(source([], dropped)))).error?.data.code).toBe('network');
  });

  it('calls a response that broke off after it started a cut stream, even before any text', async () => {
    const broken = new ResponseBrokeOff(new TypeError('network error'));
    const { text, error } = await collect(guard(source([], broken)));
    expect(text).toBe('');
    expect(error?.data).toMatchObject({ code: 'stream-cut', action: 'retry' });
  });

  it('reports a cancel by the caller as cancelled, not as a timeout or an error', async () => {
    const controller = new AbortController();
    const stream = guard(source(hello, 'silence'), controller.signal, 10_000);
    setTimeout(() => controller.abort(), 20);
    const { text, error } = await collect(stream);
    expect(text).toBe('Bonjour Marie');
    expect(error?.data.code).toBe('cancelled');
  });
});
