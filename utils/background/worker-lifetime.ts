import { browser } from 'wxt/browser';

/**
 * Chromium stops an idle MV3 service worker after 30 s, and a streaming fetch does not count
 * as activity (verified: a 45-s stream was cut at 30 s with no page open). Any extension API
 * call resets the idle timer, so one every 20 s keeps the worker alive while work is running.
 */
const PING_INTERVAL_MS = 20_000;
let holders = 0;
let timer: ReturnType<typeof setInterval> | undefined;

export function holdServiceWorker(): () => void {
  holders += 1;
  timer ??= setInterval(() => void browser.runtime.getPlatformInfo(), PING_INTERVAL_MS);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    holders -= 1;
    if (holders === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** Keeps the worker alive for as long as the given work runs. */
export async function whileHoldingServiceWorker<T>(work: () => Promise<T>): Promise<T> {
  const release = holdServiceWorker();
  try {
    return await work();
  } finally {
    release();
  }
}

export function serviceWorkerHolders(): number {
  return holders;
}
