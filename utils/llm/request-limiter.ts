import PQueue from 'p-queue';

/** `background`: work nobody is watching word by word (a page's batches); it yields to the rest. */
export type RequestPriority = 'foreground' | 'background';

export interface RequestLimits {
  maxConcurrent: number;
  requestsPerSecond: number;
}

function createQueue({ maxConcurrent, requestsPerSecond }: RequestLimits): PQueue {
  // Below one request a second, the window grows instead of the cap shrinking below 1.
  const intervalCap = Math.max(1, Math.floor(requestsPerSecond));
  const interval = Math.round((intervalCap / requestsPerSecond) * 1000);
  return new PQueue({ concurrency: maxConcurrent, intervalCap, interval, strict: true });
}

/**
 * Every provider request goes through one queue, so a burst (fifty selections, a retry storm)
 * is spread out under the user's limits instead of tripping the provider's rate limit.
 */
export class RequestLimiter {
  private queue: PQueue;
  private limits: RequestLimits;
  private foregroundStarting = 0;
  private quietWaiters: Array<() => void> = [];

  constructor(limits: RequestLimits) {
    this.limits = { ...limits };
    this.queue = createQueue(limits);
  }

  /** Requests already running finish under the old limits; new ones wait under the new. */
  updateLimitsIfChanged(limits: RequestLimits): void {
    if (limits.maxConcurrent === this.limits.maxConcurrent && limits.requestsPerSecond === this.limits.requestsPerSecond) return;
    this.limits = { ...limits };
    this.queue = createQueue(limits);
  }

  /**
   * Holds one slot for the whole life of a stream, from its first byte to its end. Background
   * work (a page's batches) waits behind what the user is waiting for, and `whenForegroundQuiet`
   * lets it hold back until a foreground request has its first part.
   */
  async *stream<T>(source: () => AsyncIterable<T>, signal: AbortSignal, priority: RequestPriority = 'foreground'): AsyncGenerator<T> {
    const foreground = priority === 'foreground';
    if (foreground) this.foregroundStarting += 1;
    let starting = foreground;
    const started = () => {
      if (!starting) return;
      starting = false;
      this.foregroundStarting -= 1;
      if (this.foregroundStarting === 0) for (const wake of this.quietWaiters.splice(0)) wake();
    };
    let release = () => {};
    try {
      const turn = new Promise<void>((resolve, reject) => {
        this.queue
          .add(() => new Promise<void>((done) => ((release = done), resolve())), { signal, priority: foreground ? 1 : 0 })
          .catch(reject);
      });
      await turn;
      for await (const part of source()) {
        started();
        yield part;
      }
    } finally {
      started();
      release();
    }
  }

  /** Resolves once no foreground request is waiting for its turn or its first part. */
  whenForegroundQuiet(): Promise<void> {
    if (this.foregroundStarting === 0) return Promise.resolve();
    return new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  get waiting(): number {
    return this.queue.size;
  }

  get running(): number {
    return this.queue.pending;
  }
}
