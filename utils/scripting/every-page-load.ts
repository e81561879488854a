/**
 * Calls `ask` each time the browser reports the tab's page as loaded, as tabs.onUpdated's status
 * "complete" did (seen in Chromium 156): the load event, a return from the back-forward cache, and
 * each same-document navigation (pushState, a #fragment, back or forward within the page), which
 * single-page apps and webmails use for every view. No imports: the starters stay tiny.
 * `includingThisLoad: false` for a starter put into a page already open: the page's own load is past.
 */
export function onEveryPageLoad(ask: () => void, { includingThisLoad }: { includingThisLoad: boolean }): void {
  if (includingThisLoad && document.readyState === 'complete') ask();
  else if (includingThisLoad) window.addEventListener('load', ask, { once: true });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) ask();
  });
  // The Navigation API also sees pushState, which fires no event of its own.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('navigatesuccess', ask);
  else {
    window.addEventListener('hashchange', ask);
    window.addEventListener('popstate', ask);
  }
}

/** In a starter's isolated world (out of the page's reach): which starters run in this document. */
export interface StarterScope {
  /** By script file: `late` when the background put the starter into a page already loaded, `running` once it runs. */
  parleyStarters?: Record<string, 'late' | 'running'>;
}

/** A starter's body: once per document, however often it was put there, asking at every page load. */
export function startOnEveryPageLoad(file: string, ask: () => void): void {
  const starters = ((globalThis as StarterScope).parleyStarters ??= {});
  if (starters[file] === 'running') return;
  const late = starters[file] === 'late';
  starters[file] = 'running';
  onEveryPageLoad(ask, { includingThisLoad: !late });
}
