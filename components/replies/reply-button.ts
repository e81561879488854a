import { refusalOf } from '../../utils/messaging/refusal';
import { OPEN_FROM_BUTTON_TYPE } from '../../utils/replies/open-request';
import { suggestRepliesLabel, unavailableLabel } from './reply-button-labels';

// The "Suggest replies" button above each open reply box in Gmail and Outlook. It runs on every
// load of those apps, so it stays tiny (no React, no zod) and reads nothing from the extension
// until the user clicks: the panel and the adapters are injected then, by the background.

const HOST_ATTRIBUTE = 'data-parley-reply-button';
/** On <html>: the token of the newest reply-button script running in this document. */
const STARTED_ATTRIBUTE = 'data-parley-webmail';
/** Marks the reply box the panel is for; the injected panel looks for it. */
const TARGET_ATTRIBUTE = 'data-parley-target';
/** Webmails change the DOM in bursts while they render: look once the burst is over. */
const RECHECK_MS = 250;
const STYLE = `button{all:initial;font:500 13px/1 system-ui,sans-serif;color:#0b57d0;border:1px solid #a8c7fa;border-radius:14px;padding:6px 12px;margin:4px 0;cursor:pointer;background:#fff}button:disabled{opacity:.6;cursor:default}button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}p{all:initial;display:block;font:13px/1.4 system-ui,sans-serif;color:#b3261e}p:not(:empty){margin:0 0 6px}`;

/** What the button needs of the extension, looked up only when it is used. */
export interface ExtensionLink {
  /** The browser's UI language, which Parley's strings follow. */
  uiLanguage(): string;
  /** False once Parley was updated, reloaded or removed: this script then talks to nobody. */
  isAlive(): boolean;
  openPanel(envelope: { parley: 1; type: string; payload: Record<string, never> }): Promise<unknown>;
  openFailedMessage(): string;
  /** True while the user or the organisation has suggested replies switched off: no button then. */
  switchedOff(): boolean;
}

/** What the webmail script can do with the buttons once mounted. */
export interface ReplyButtons {
  /** Places the buttons again, or takes them all away while replies are switched off. */
  refresh(): void;
}

/**
 * After an update the new version's script runs in pages that are already open (Firefox does it,
 * Parley's background does it in Chrome: utils/replies/open-tabs.ts). The old version's buttons
 * would stay with no one listening to them, so the newest script removes them and marks <html>
 * with its own token; an older script that sees another token stops. The mark also spares every
 * other page load a search of the whole document.
 */
function takeOverFromEarlierParley(): string {
  const root = document.documentElement;
  if (root.hasAttribute(STARTED_ATTRIBUTE)) document.querySelectorAll(`[${HOST_ATTRIBUTE}]`).forEach((host) => host.remove());
  const token = Math.random().toString(36).slice(2);
  root.setAttribute(STARTED_ATTRIBUTE, token);
  return token;
}

export function mountReplyButtons(composeSelector: string, link: ExtensionLink): ReplyButtons {
  const token = takeOverFromEarlierParley();
  const uiLanguage = link.uiLanguage();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const open = async (box: Element, button: HTMLButtonElement, status: HTMLElement) => {
    status.textContent = '';
    if (!link.isAlive()) {
      observer.disconnect();
      clearTimeout(timer);
      button.disabled = true;
      status.textContent = unavailableLabel(uiLanguage);
      return;
    }
    document.querySelectorAll(`[${TARGET_ATTRIBUTE}]`).forEach((element) => element.removeAttribute(TARGET_ATTRIBUTE));
    box.setAttribute(TARGET_ATTRIBUTE, '');
    button.disabled = true;
    try {
      const refused = refusalOf(await link.openPanel({ parley: 1, type: OPEN_FROM_BUTTON_TYPE, payload: {} }));
      if (refused) status.textContent = refused.message ?? link.openFailedMessage();
    } catch {
      status.textContent = link.isAlive() ? link.openFailedMessage() : unavailableLabel(uiLanguage);
    } finally {
      button.disabled = !link.isAlive();
    }
  };

  const buttonFor = (box: Element): HTMLElement => {
    const host = document.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, '');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = suggestRepliesLabel(uiLanguage);
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    button.addEventListener('click', (event) => {
      // The page's own script can dispatch clicks; only the user's may start a request.
      if (event.isTrusted) void open(box, button, status);
    });
    shadow.append(style, button, status);
    return host;
  };

  const place = () => {
    if (document.documentElement.getAttribute(STARTED_ATTRIBUTE) !== token) {
      observer.disconnect();
      return;
    }
    if (link.switchedOff()) {
      document.querySelectorAll(`[${HOST_ATTRIBUTE}]`).forEach((host) => host.remove());
      observer.takeRecords();
      return;
    }
    for (const box of document.querySelectorAll(composeSelector)) {
      if (!box.previousElementSibling?.hasAttribute(HOST_ATTRIBUTE)) box.before(buttonFor(box));
    }
    // The buttons just added are not news: without this, each placement wakes the observer again.
    observer.takeRecords();
  };

  // Webmails are single-page apps: reply boxes come and go without page loads.
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(place, RECHECK_MS);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  place();
  return { refresh: place };
}
