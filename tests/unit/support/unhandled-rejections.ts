/**
 * Runs `act`, lets its promises settle, and returns the rejections nobody handled meanwhile: a
 * failure that should pass quietly (and be said elsewhere) must not end up as one.
 */
export async function unhandledRejectionsDuring(act: () => void): Promise<unknown[]> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => void seen.push(reason);
  process.on('unhandledRejection', listener);
  try {
    act();
    // Node reports unhandled rejections after the microtasks of the task that made them.
    await new Promise((resolve) => setTimeout(resolve, 10));
  } finally {
    process.off('unhandledRejection', listener);
  }
  return seen;
}
