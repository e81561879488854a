import type { Page, Worker } from '@playwright/test';

/** What a probe waits for inside one of Parley's shadow roots. */
export interface ProbeSpec {
  /** The custom element that hosts the UI's (open) shadow root; null for the page's own DOM (the reference's answer). */
  host: string | null;
  /** The element whose text is watched, inside that shadow root. */
  selector: string;
  /** Any text at all (a first token), or exactly this text (a finished translation). */
  text: { kind: 'any' } | { kind: 'equals'; value: string };
}

export interface ProbeResult {
  /** Epoch milliseconds (performance.timeOrigin + performance.now()), comparable across processes. */
  domAt: number;
  /** The next animation frame after that: when the text is painted. */
  paintedAt: number;
  /** A trusted click seen on the page, if any (the replies button). */
  clickAt: number | null;
}

type ProbeWindow = Window & { __parleyBenchProbe?: Promise<ProbeResult> };

/**
 * Arms a watcher in the page's main world before the action. Parley's UI lives in open shadow
 * roots, so a MutationObserver there sees the text the moment React puts it in the DOM.
 */
export async function armProbe(page: Page, spec: ProbeSpec): Promise<void> {
  await page.evaluate((spec) => {
    const now = () => performance.timeOrigin + performance.now();
    const scope = window as ProbeWindow;
    let clickAt: number | null = null;
    window.addEventListener('click', (event) => void (event.isTrusted && clickAt === null && (clickAt = now())), { capture: true, once: true });
    scope.__parleyBenchProbe = new Promise<ProbeResult>((resolve) => {
      const watched = new WeakSet<ShadowRoot>();
      const matches = (root: ParentNode): boolean => {
        const element = root.querySelector(spec.selector);
        if (!element || element.querySelector('.placeholder')) return false;
        const text = element.textContent ?? '';
        return spec.text.kind === 'any' ? text.trim().length > 0 : text === spec.text.value;
      };
      const finish = () => {
        const domAt = now();
        outer.disconnect();
        inner.disconnect();
        requestAnimationFrame(() => resolve({ domAt, paintedAt: now(), clickAt }));
      };
      const host = spec.host;
      const inner = new MutationObserver(() => {
        if (host === null) return;
        for (const element of document.querySelectorAll(host)) {
          if (element.shadowRoot && matches(element.shadowRoot)) return finish();
        }
      });
      const outer = new MutationObserver(() => {
        if (host === null) return void (matches(document) && finish());
        for (const element of document.querySelectorAll(host)) {
          const root = element.shadowRoot;
          if (!root || watched.has(root)) continue;
          watched.add(root);
          if (matches(root)) return finish();
          inner.observe(root, { childList: true, subtree: true, characterData: true });
        }
      });
      outer.observe(document.documentElement, { childList: true, subtree: true });
    });
  }, spec);
}

export async function readProbe(page: Page, timeoutMs = 20_000): Promise<ProbeResult> {
  return page.evaluate(
    (timeoutMs) =>
      Promise.race([
        (window as ProbeWindow).__parleyBenchProbe ?? Promise.reject(new Error('no probe armed')),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`Parley's UI did not show the text within ${timeoutMs} ms`)), timeoutMs)),
      ]),
    timeoutMs,
  );
}

/** Sends one of Parley's requests ({parley: 1, type, payload}) from an extension page, as its UI does. */
export async function sendParleyRequest(extensionPage: Page, type: string, payload: unknown = {}): Promise<unknown> {
  return extensionPage.evaluate(async ({ type, payload }) => {
    const answer = (await chrome.runtime.sendMessage({ parley: 1, type, payload })) as { ok: boolean; data?: unknown; error?: { message: string } };
    if (!answer.ok) throw new Error(`${type}: ${answer.error?.message ?? 'failed'}`);
    return answer.data;
  }, { type, payload });
}

/** Epoch milliseconds in the service worker's clock, read just before it fires the menu click. */
export async function clickMenuTimed(serviceWorker: Worker, pageUrl: string, menuItemId: string, selectionText: string): Promise<number> {
  return serviceWorker.evaluate(
    async ({ pageUrl, menuItemId, selectionText }) => {
      const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === pageUrl);
      if (!tab?.id) throw new Error(`No tab at ${pageUrl}`);
      const info = { menuItemId, selectionText, pageUrl, frameId: 0, editable: false };
      const clickAt = performance.timeOrigin + performance.now();
      (chrome.contextMenus.onClicked as unknown as { dispatch: (info: unknown, tab: unknown) => void }).dispatch(info, tab);
      return clickAt;
    },
    { pageUrl, menuItemId, selectionText },
  );
}
