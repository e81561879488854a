import type { CDPSession } from '@playwright/test';

type VersionUpdate = { versions: Array<{ runningStatus: string; scriptURL: string }> };

/** Resolves (at performance.now() in the bench's process) when DevTools reports the worker in `status`. */
function watchStatus(cdp: CDPSession, scriptUrl: string, status: string): Promise<number> {
  return new Promise((resolve) => {
    const onUpdate = (event: VersionUpdate) => {
      if (!event.versions.some((version) => version.scriptURL === scriptUrl && version.runningStatus === status)) return;
      cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
      resolve(performance.now());
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
}

/** Stops the worker as Chromium does when it idles out (Playwright's Worker handle then reaches the next one). */
export async function stopWorker(cdp: CDPSession, scriptUrl: string): Promise<void> {
  const stopped = watchStatus(cdp, scriptUrl, 'stopped');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}

/** Milliseconds from the worker starting to its script having run, as DevTools reports them. */
export async function workerRunning(cdp: CDPSession, scriptUrl: string): Promise<number> {
  const starting = watchStatus(cdp, scriptUrl, 'starting');
  const running = watchStatus(cdp, scriptUrl, 'running');
  return (await running) - (await starting);
}
