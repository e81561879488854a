/**
 * A figure's budget. Sizes and prompt tokens do not depend on the machine's load, so they keep
 * fixed limits. Timings do: on a busy 2-core machine the same commit reads twice as slow from one
 * run to the next, so each timing is judged as a ratio of its floor, the same measurement taken
 * in the same run, turn about, on the reference extension in bench/reference/.
 */
export type Budget =
  /** The figure's value (p50 for a timing) at most `max`. */
  | { kind: 'max'; max: number; reason: string }
  /**
   * Parley's p50 at most `maxRatio` × the floor's p50; with `maxTail`, Parley's own p95 also at
   * most `maxTail` × its own p50 (a slow click now and then is what a user remembers).
   */
  | { kind: 'ratio'; maxRatio: number; maxTail?: number; reason: string };

export const BUDGETS: Readonly<Record<string, Budget>> = {
  'size.webmailContentScript.gzip': { kind: 'max', max: 15, reason: 'loaded on every Gmail and Outlook page' },
  'size.background.gzip': { kind: 'max', max: 300, reason: 'evaluated at every start of the service worker, which Chromium stops after 30 s idle' },
  'pageLoad.ownScript': { kind: 'ratio', maxRatio: 1.5, reason: 'script time added to each webmail page load' },
  'translate.firstToken.warm': { kind: 'ratio', maxRatio: 2, maxTail: 2, reason: 'the wait between a click and the first word' },
  'translate.firstToken.cold': { kind: 'ratio', maxRatio: 1.5, reason: 'the same after Chromium stopped the idle worker: most clicks in real use' },
  'worker.startup': { kind: 'ratio', maxRatio: 1.5, reason: 'paid before every cold click' },
  'translate.cacheHit': { kind: 'ratio', maxRatio: 1.5, reason: 'a translation Parley already has should come faster than a fetch' },
  'popup.chatReady': { kind: 'ratio', maxRatio: 1.5, reason: 'the popup is opened to type at once' },
  'replies.afterFirstByte': { kind: 'max', max: 300, reason: 'Parley’s own share of the wait for a reply' },
  'tokens.translate': { kind: 'max', max: 80, reason: 'paid on every translation' },
  'tokens.replies': { kind: 'max', max: 250, reason: 'paid on every reply suggestion' },
};
