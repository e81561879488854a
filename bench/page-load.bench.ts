import type { BrowserContext } from '@playwright/test';
import { floorOf, percentile, round, RUNS, saveFigures, timed, type Figure } from './figures.ts';
import { GMAIL_THREAD, launchBrowser, test, type Loaded } from './support/bench-test.ts';
import { tracedScriptMs, type ScriptTime } from './support/script-trace.ts';
import { WEBMAIL_SCRIPT_PATH } from '../utils/webmail/hosts';
import { startWebmailServer } from '../tests/e2e/support/webmail.ts';

const WARM_UP_LOADS = 2;
/** The content script re-checks 250 ms after the page's DOM changes: wait past that. */
const SETTLE_MS = 500;
/** bench/reference/'s always-on script: one listener, padded to the size of Parley's. */
const REFERENCE_SCRIPT_PATH = '/content.js';

interface LoadMetrics {
  scriptMs: number;
  taskMs: number;
  heapMb: number;
}

/** One load of the Gmail fixture in a fresh tab, with main-thread totals from DevTools' Performance domain. */
async function measureLoad(context: BrowserContext, url: string, loaded: Loaded): Promise<LoadMetrics> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    // The same quiet wait in every browser, ending on an idle main thread. (Not a Playwright
    // locator wait for Parley's button: its polling runs in the page and would count as Parley's.)
    await page.evaluate((settleMs) => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), settleMs)), SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
    if (loaded === 'parley' && (await page.locator('[data-parley-reply-button]').count()) === 0) throw new Error('Parley placed no reply button on the Gmail fixture');
    return { scriptMs: metric('ScriptDuration') * 1000, taskMs: metric('TaskDuration') * 1000, heapMb: metric('JSHeapUsedSize') / 1024 / 1024 };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => percentile(values, 50);

/**
 * What a script costs the page while it loads: its evaluation and every timer, observer and
 * event callback. Work a script leaves to requestIdleCallback runs only when Chromium has
 * nothing else to do, so it delays neither the page nor the user; it is reported on its own.
 */
const duringLoad = (time: ScriptTime) => (time.EvaluateScript ?? 0) + (time.FunctionCall ?? 0) + (time.TimerFire ?? 0);
const inIdleTime = (time: ScriptTime) => time.FireIdleCallback ?? 0;

test('page load: the always-on webmail content script on the Gmail fixture, turn about with the reference and with no extension', async () => {
  test.setTimeout(600_000);
  const webmail = await startWebmailServer();
  const browsers = { parley: await launchBrowser(webmail, 'parley'), reference: await launchBrowser(webmail, 'reference'), none: await launchBrowser(webmail, 'none') };
  try {
    const url = GMAIL_THREAD(webmail);
    const samples = { parley: [] as LoadMetrics[], reference: [] as LoadMetrics[], none: [] as LoadMetrics[] };
    // Loads turn about, so a busy moment on the shared machine hits every side alike.
    for (let run = 0; run < WARM_UP_LOADS + RUNS; run += 1) {
      for (const loaded of ['parley', 'reference', 'none'] as const) {
        const metrics = await measureLoad(browsers[loaded].context, url, loaded);
        if (run >= WARM_UP_LOADS) samples[loaded].push(metrics);
      }
    }
    // The same loads again with a trace, counting only each extension's own script: the
    // differences above also carry Chromium's share and whatever else the machine was doing.
    const traced = { parley: [] as ScriptTime[], reference: [] as ScriptTime[] };
    for (let run = 0; run < WARM_UP_LOADS + RUNS; run += 1) {
      const parley = await tracedScriptMs(browsers.parley.context, url, WEBMAIL_SCRIPT_PATH, SETTLE_MS);
      const reference = await tracedScriptMs(browsers.reference.context, url, REFERENCE_SCRIPT_PATH, SETTLE_MS);
      if (run < WARM_UP_LOADS) continue;
      traced.parley.push(parley);
      traced.reference.push(reference);
    }
    const added = (loaded: 'parley' | 'reference', pick: (m: LoadMetrics) => number) => median(samples[loaded].map(pick)) - median(samples.none.map(pick));
    const overhead = (id: string, label: string, unit: 'ms' | 'MB', pick: (m: LoadMetrics) => number, digits: number): Figure => ({
      id,
      label,
      unit,
      value: round(added('parley', pick), digits),
      runs: RUNS,
      build: 'production',
      note: `medians: with Parley ${round(median(samples.parley.map(pick)), digits)}, with the reference ${round(median(samples.reference.map(pick)), digits)}, with no extension ${round(median(samples.none.map(pick)), digits)} ${unit}; the reference adds ${round(added('reference', pick), digits)} ${unit}`,
    });
    const byEvent = (times: ScriptTime[]) =>
      Object.keys(times[0] ?? {})
        .map((name) => `${name} ${round(median(times.map((time) => time[name] ?? 0)), 2)}`)
        .join(', ');
    const script = WEBMAIL_SCRIPT_PATH.slice(1);
    saveFigures('page-load', [
      timed('pageLoad.ownScript', `Gmail page load: Parley's script while the page loads (trace: ${script} evaluated, its timers, observers and events)`, traced.parley.map(duringLoad), {
        note: `DevTools trace of each load (tracing adds its own overhead); medians by event, ms: Parley ${byEvent(traced.parley)}; reference ${byEvent(traced.reference)}`,
        floor: floorOf('reference: one listener, script of the same size', traced.reference.map(duringLoad)),
      }),
      timed('pageLoad.ownScriptIdle', `Gmail page load: Parley's script in idle time (requestIdleCallback, after the page is done)`, traced.parley.map(inIdleTime)),
      overhead('pageLoad.scriptOverhead', 'Gmail page load: added main-thread script time (ScriptDuration)', 'ms', (m) => m.scriptMs, 1),
      overhead('pageLoad.taskOverhead', 'Gmail page load: added main-thread task time (TaskDuration)', 'ms', (m) => m.taskMs, 1),
      overhead('pageLoad.heapOverhead', 'Gmail page load: added JS heap (JSHeapUsedSize)', 'MB', (m) => m.heapMb, 2),
    ]);
  } finally {
    for (const browser of Object.values(browsers)) await browser.close();
    await webmail.close();
  }
});
