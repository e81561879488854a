import { describe, expect, it } from 'vitest';
import { RequestLimiter } from '../../../utils/llm/request-limiter';

async function drain(parts: AsyncIterable<string>): Promise<void> {
  for await (const part of parts) void part;
}

describe('the shared request queue and page batches', () => {
  it('lets a waiting selection go before a waiting page batch', async () => {
    const limiter = new RequestLimiter({ maxConcurrent: 1, requestsPerSecond: 100 });
    const signal = new AbortController().signal;
    const started: string[] = [];
    let finishFirst = () => {};
    const firstDone = new Promise<void>((resolve) => (finishFirst = resolve));
    const source = (name: string, wait?: Promise<void>) =>
      async function* () {
        started.push(name);
        await wait;
        yield name;
      };
    const running = drain(limiter.stream(source('page batch 1', firstDone), signal, 'background'));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const page = drain(limiter.stream(source('page batch 2'), signal, 'background'));
    const selection = drain(limiter.stream(source('selection'), signal, 'foreground'));
    finishFirst();
    await Promise.all([running, page, selection]);
    expect(started).toEqual(['page batch 1', 'selection', 'page batch 2']);
  });

  it('holds page work until a foreground request has its first part', async () => {
    const limiter = new RequestLimiter({ maxConcurrent: 4, requestsPerSecond: 100 });
    let firstPart = () => {};
    const partReady = new Promise<void>((resolve) => (firstPart = resolve));
    const answer = drain(
      limiter.stream(
        async function* () {
          await partReady;
          yield 'first word';
        },
        new AbortController().signal,
      ),
    );
    let quiet = false;
    const waiting = limiter.whenForegroundQuiet().then(() => (quiet = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quiet).toBe(false);
    firstPart();
    await waiting;
    await answer;
    expect(quiet).toBe(true);
  });
});
