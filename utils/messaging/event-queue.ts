/**
 * Events that arrive by callback (a port, a started stream), read as an async iterable: they wait
 * in order until the reader takes them; the end or an error comes after the events before it.
 */
export class EventQueue<Event> {
  private readonly items: Array<{ event: Event } | { end: true } | { error: unknown }> = [];
  private wake: (() => void) | undefined;

  push(event: Event): void {
    this.add({ event });
  }

  end(): void {
    this.add({ end: true });
  }

  fail(error: unknown): void {
    this.add({ error });
  }

  async *drain(): AsyncGenerator<Event> {
    while (true) {
      const item = this.items.shift();
      if (!item) {
        await new Promise<void>((resolve) => (this.wake = resolve));
        this.wake = undefined;
        continue;
      }
      if ('event' in item) yield item.event;
      else if ('end' in item) return;
      else throw item.error;
    }
  }

  private add(item: (typeof this.items)[number]): void {
    this.items.push(item);
    this.wake?.();
  }
}
