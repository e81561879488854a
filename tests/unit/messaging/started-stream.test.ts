import { describe, expect, it } from 'vitest';
import { startStream } from '../../../utils/messaging/started-stream';

async function* counted(signal: AbortSignal, log: string[]): AsyncGenerator<number> {
  for (let n = 1; n <= 3; n += 1) {
    if (signal.aborted) {
      log.push('aborted');
      return;
    }
    log.push(`sent ${n}`);
    yield n;
    await Promise.resolve();
  }
}

async function read<T>(events: AsyncIterable<T>): Promise<T[]> {
  const seen: T[] = [];
  for await (const event of events) seen.push(event);
  return seen;
}

describe('a stream started before its reader', () => {
  it('runs at once and keeps every event for the reader who comes later', async () => {
    const log: string[] = [];
    const started = startStream((signal) => counted(signal, log));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['sent 1', 'sent 2', 'sent 3']);
    expect(await read(started.events)).toEqual([1, 2, 3]);
  });

  it('hands the reader the error after the events that came before it', async () => {
    const started = startStream(async function* () {
      yield 'partial';
      throw new Error('cut off');
    });
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const event of started.events) seen.push(event);
      })(),
    ).rejects.toThrow('cut off');
    expect(seen).toEqual(['partial']);
  });

  it('aborts the stream it started when cancelled', async () => {
    const log: string[] = [];
    const started = startStream((signal) => counted(signal, log));
    started.cancel();
    await read(started.events);
    expect(log).toContain('aborted');
  });
});
