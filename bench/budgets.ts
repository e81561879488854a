/** The budgets of issue 7: a figure passes when its value (p50 for timings) is at most `max`. */
export interface Budget {
  max: number;
  /** Why this figure has this budget, for the README. */
  reason: string;
}

export const BUDGETS: Readonly<Record<string, Budget>> = {
  'size.webmailContentScript.gzip': { max: 15, reason: 'loaded on every Gmail and Outlook page' },
  'pageLoad.scriptOverhead': { max: 5, reason: 'script time added to each webmail page load' },
  'translate.firstToken.warm': { max: 150, reason: 'the wait between a click and the first word' },
  'translate.firstToken.cold': { max: 400, reason: 'the same after Chromium stopped the idle worker' },
  'translate.cacheHit': { max: 50, reason: 'a translation Parley already has should feel instant' },
  'popup.chatReady': { max: 250, reason: 'the popup is opened to type at once' },
  'replies.afterFirstByte': { max: 300, reason: 'Parley’s own share of the wait for a reply' },
  'tokens.translate': { max: 80, reason: 'paid on every translation' },
  'tokens.replies': { max: 250, reason: 'paid on every reply suggestion' },
};
