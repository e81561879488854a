/**
 * Saves the latest value at most once per interval, and on flush. Writing every token to
 * IndexedDB would be hundreds of transactions per answer; writing only at the end would lose
 * the answer if the worker died.
 */
export class ThrottledSaver<T> {
  private pending: T | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly intervalMs: number,
    private readonly save: (value: T) => Promise<void>,
  ) {}

  schedule(value: T): void {
    this.pending = value;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.writeNow();
    }, this.intervalMs);
  }

  /** Writes what is pending now and waits for every write so far. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.writeNow();
    await this.writing;
  }

  private writeNow(): void {
    if (this.pending === undefined) return;
    const value = this.pending;
    this.pending = undefined;
    this.writing = this.writing.then(() => this.save(value)).catch((error: unknown) => {
      console.error('Parley: saving the answer failed', error instanceof Error ? error.message : 'unknown error');
    });
  }
}
