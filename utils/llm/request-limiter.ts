import PQueue from 'p-queue';

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

  /** Holds one slot for the whole life of a stream, from its first byte to its end. */
  async *stream<T>(source: () => AsyncIterable<T>, signal: AbortSignal): AsyncGenerator<T> {
    let release = () => {};
    const turn = new Promise<void>((resolve, reject) => {
      this.queue
        .add(() => new Promise<void>((done) => ((release = done), resolve())), { signal })
        .catch(reject);
    });
    await turn;
    try {
      yield* source();
    } finally {
      release();
    }
  }

  get waiting(): number {
    return this.queue.size;
  }

  get running(): number {
    return this.queue.pending;
  }
}
