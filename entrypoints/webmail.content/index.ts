import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { OPEN_FROM_BUTTON_TYPE } from '../../utils/replies/open-request';
import { composeBox as gmailComposeBox } from '../../utils/webmail/gmail';
import { WEBMAIL_MATCHES } from '../../utils/webmail/hosts';
import { composeBox as outlookComposeBox } from '../../utils/webmail/outlook';

// Always on in Gmail and Outlook, so it stays tiny: no React, no zod. It only puts a button next
// to each open reply box; the panel and the adapters are injected when the button is clicked.

const HOST_ATTRIBUTE = 'data-parley-reply-button';
const TARGET_ATTRIBUTE = 'data-parley-target';
const BUTTON_CSS = `button{all:initial;font:500 13px/1 system-ui,sans-serif;color:#0b57d0;border:1px solid #a8c7fa;border-radius:14px;padding:6px 12px;margin:4px 0;cursor:pointer;background:#fff}button:disabled{opacity:.6;cursor:default}`;

function composeSelector(): string {
  return location.hostname === 'mail.google.com' ? gmailComposeBox : outlookComposeBox;
}

function openPanel(box: Element, button: HTMLButtonElement): void {
  document.querySelectorAll(`[${TARGET_ATTRIBUTE}]`).forEach((element) => element.removeAttribute(TARGET_ATTRIBUTE));
  box.setAttribute(TARGET_ATTRIBUTE, '');
  button.disabled = true;
  const envelope = { parley: 1, type: OPEN_FROM_BUTTON_TYPE, payload: {} };
  browser.runtime
    .sendMessage(envelope)
    .then((answer: unknown) => {
      const failed = typeof answer === 'object' && answer !== null && 'ok' in answer && answer.ok === false;
      button.title = failed ? browser.i18n.getMessage('webmailOpenFailed') : '';
    })
    .catch(() => (button.title = browser.i18n.getMessage('webmailUnavailable')))
    .finally(() => (button.disabled = false));
}

function addButton(box: Element): void {
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = BUTTON_CSS;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = browser.i18n.getMessage('menuSuggestReplies');
  button.addEventListener('click', (event) => {
    // The page's own script can dispatch clicks; only the user's may start a request.
    if (event.isTrusted) openPanel(box, button);
  });
  shadow.append(style, button);
  box.before(host);
}

function placeButtons(): void {
  for (const box of document.querySelectorAll(composeSelector())) {
    if (!box.previousElementSibling?.hasAttribute(HOST_ATTRIBUTE)) addButton(box);
  }
}

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Webmails are single-page apps: reply boxes come and go without page loads.
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(placeButtons, 250);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
    placeButtons();
  },
});
