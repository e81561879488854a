import { describe, expect, it, vi } from 'vitest';
import { AdaptivePacer } from '../../../utils/page-translate/pacer';

describe('AdaptivePacer', () => {
  it('lets one more batch run after each success, up to its ceiling', () => {
    const pacer = new AdaptivePacer(3, 1);
    pacer.succeeded();
    pacer.succeeded();
    pacer.succeeded();
    expect(pacer.limit).toBe(3);
  });

  it('halves the pace on a 429 and waits what the provider asked before the next batch', async () => {
    vi.useFakeTimers();
    const pacer = new AdaptivePacer(4, 4);
    pacer.rateLimited(2);
    expect(pacer.limit).toBe(2);
    let acquired = false;
    const slot = pacer.acquire(new AbortController().signal).then(() => (acquired = true));
    await vi.advanceTimersByTimeAsync(1_900);
    expect(acquired).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    await slot;
    expect(acquired).toBe(true);
    vi.useRealTimers();
  });

  it('holds a batch until a running one frees its slot', async () => {
    const pacer = new AdaptivePacer(1, 1);
    const signal = new AbortController().signal;
    const release = await pacer.acquire(signal);
    let second = false;
    const waiting = pacer.acquire(signal).then(() => (second = true));
    await Promise.resolve();
    expect(second).toBe(false);
    release();
    await waiting;
    expect(second).toBe(true);
  });
});
