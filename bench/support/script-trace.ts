import type { BrowserContext } from '@playwright/test';
import { z } from 'zod';

/** The fields of a Chrome trace event this file reads; CDP types them as string maps. */
const TraceEventSchema = z.object({ name: z.string(), ph: z.string(), ts: z.number().optional(), tid: z.number().optional(), dur: z.number().optional(), args: z.record(z.string(), z.unknown()).optional() });
type TraceEvent = z.infer<typeof TraceEventSchema>;

/** Main-thread events that run a script's code: its evaluation and every callback into it. */
const RUNS_CODE = new Set(['EvaluateScript', 'FunctionCall', 'TimerFire', 'FireIdleCallback']);

/** Milliseconds of one script's own code in one page load, by kind of trace event. */
export type ScriptTime = Record<string, number>;

/**
 * Loads `url` in a fresh tab with a DevTools trace running and returns the milliseconds spent
 * running code of the script whose URL ends with `scriptPath` (`/webmail.js`), by trace event:
 * its evaluation (compile included) and the timers, observers, events and idle callbacks it set
 * up, until the page has been quiet for `quietMs`. Unlike a with/without difference, this counts
 * nothing but that script.
 */
export async function tracedScriptMs(context: BrowserContext, url: string, scriptPath: string, quietMs: number): Promise<ScriptTime> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...z.array(TraceEventSchema).parse(value)));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute', transferMode: 'ReportEvents' });
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate((ms) => new Promise((resolve) => setTimeout(() => requestIdleCallback(resolve), ms)), quietMs);
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    const isOurs = (event: TraceEvent) => JSON.stringify(event.args ?? {}).includes(`${scriptPath}"`);
    // An idle callback's FireIdleCallback event does not name the script; the FunctionCall inside it does.
    const idlePeriods = events.filter((event) => event.ph === 'X' && event.name === 'FireIdleCallback');
    const inIdlePeriod = (event: TraceEvent) =>
      idlePeriods.some((idle) => idle.tid === event.tid && (idle.ts ?? 0) <= (event.ts ?? 0) && (event.ts ?? 0) <= (idle.ts ?? 0) + (idle.dur ?? 0));
    const time: ScriptTime = Object.fromEntries([...RUNS_CODE].map((name) => [name, 0]));
    for (const event of events) {
      if (event.ph !== 'X' || !RUNS_CODE.has(event.name) || !isOurs(event)) continue;
      const kind = event.name === 'FunctionCall' && inIdlePeriod(event) ? 'FireIdleCallback' : event.name;
      time[kind] = (time[kind] ?? 0) + (event.dur ?? 0) / 1000;
    }
    return time;
  } finally {
    await page.close();
  }
}
