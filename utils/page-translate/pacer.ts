/**
 * How many of a page's batches run at once: additive increase, multiplicative decrease, as TCP
 * does. A 429 halves the pace and waits what the provider asked, instead of failing the page;
 * each success lets one more batch run, up to the ceiling (one slot below the user's limit, so a
 * selection translation always finds one free).
 */
export class AdaptivePacer {
  private running = 0;
  private waiters: Array<() => void> = [];
  private pausedUntil = 0;
  limit: number;

  constructor(
    private readonly ceiling: number,
    start = Math.min(2, ceiling),
  ) {
    this.limit = Math.max(1, start);
  }

  /** Waits for a free slot (and any pause a 429 asked for); the returned function frees it. */
  async acquire(signal: AbortSignal): Promise<() => void> {
    while (this.running >= this.limit || Date.now() < this.pausedUntil) {
      signal.throwIfAborted();
      const wait = this.pausedUntil - Date.now();
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', done);
          this.waiters = this.waiters.filter((waiter) => waiter !== done);
          resolve();
        };
        const timer = wait > 0 ? setTimeout(done, wait) : undefined;
        this.waiters.push(done);
        signal.addEventListener('abort', done, { once: true });
      });
    }
    signal.throwIfAborted();
    this.running += 1;
    let freed = false;
    return () => {
      if (freed) return;
      freed = true;
      this.running -= 1;
      this.wakeOne();
    };
  }

  succeeded(): void {
    if (this.limit < this.ceiling) {
      this.limit += 1;
      this.wakeOne();
    }
  }

  rateLimited(retryAfterSeconds: number | undefined): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2));
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + (retryAfterSeconds ?? 1) * 1000);
  }

  private wakeOne(): void {
    this.waiters.shift()?.();
  }
}
