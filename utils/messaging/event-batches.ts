/**
 * Runs a callback as a task of its own, right after the current one. A worker's setTimeout(0)
 * waits several milliseconds here; a message to itself does not.
 */
function afterThisTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/**
 * Sends the first event of a burst at once and the rest of it together when the task ends: a
 * model's deltas arrive many to a network read, and each port message costs the receiving page a
 * task, while the first token must not wait for the batch.
 */
export function batchedByTask(send: (events: unknown[]) => void): { add: (event: unknown) => void; flush: () => void } {
  let pending: unknown[] = [];
  let batching = false;
  const flush = () => {
    batching = false;
    if (pending.length === 0) return;
    const events = pending;
    pending = [];
    send(events);
  };
  return {
    add: (event) => {
      if (batching) {
        pending.push(event);
        return;
      }
      send([event]);
      batching = true;
      afterThisTask(flush);
    },
    flush,
  };
}
