import { anchorBox, captureSelection } from '../../utils/translate/page-selection';
import { SELECT_BUTTON_CLICKED, SELECT_BUTTON_MAX_TEXT } from '../../utils/translate/select-button-protocol';
import { t } from '../../utils/i18n/t';
import { refusalOf } from '../../utils/messaging/refusal';

const HOST_TAG = 'parley-select-button';
const BUBBLE_TAG = 'PARLEY-TRANSLATE';
const SIZE = 28;
const STYLE = `
:host { all: initial; }
button {
  all: unset; box-sizing: border-box; display: flex; align-items: center; gap: 4px; height: ${SIZE}px; padding: 0 8px;
  font: 600 13px/1 system-ui, sans-serif; color: #fff; background: #2f5fd0; border-radius: 14px; cursor: pointer;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
}
button:focus-visible { outline: 2px solid #8ab0ff; outline-offset: 2px; }
p { all: unset; display: block; max-width: 280px; margin-top: 4px; padding: 6px 8px; font: 13px/1.4 system-ui, sans-serif;
  color: #b3261e; background: #fdecea; border-radius: 6px; }
`;

type Send = (envelope: { parley: 1; type: string; payload: { text: string } }) => Promise<unknown>;

function pin(element: HTMLElement, name: string, value: string): void {
  // !important inline: a page's own `* { position: static !important }` must not move the button.
  element.style.setProperty(name, value, 'important');
}

/** A small "Translate" button next to each fresh selection; a trusted click asks the background for a translation. */
export function mountSelectButton(send: Send): void {
  let host: HTMLElement | undefined;
  const hide = () => {
    host?.remove();
    host = undefined;
  };

  const show = () => {
    const captured = captureSelection();
    const box = anchorBox(captured);
    if (!captured.text.trim() || !box) return hide();
    hide();
    const text = captured.text.slice(0, SELECT_BUTTON_MAX_TEXT);
    const element = document.createElement(HOST_TAG);
    const top = Math.min(Math.max(box.bottom + 6, 4), window.innerHeight - SIZE - 4);
    const left = Math.min(Math.max(box.right - SIZE, 4), window.innerWidth - 120);
    for (const [name, value] of Object.entries({ position: 'fixed', top: `${top}px`, left: `${left}px`, 'z-index': '2147483647', display: 'block' })) pin(element, name, value);
    // Open like the bubble's: the page's CSS cannot reach in, and a page's scripted click is ignored below.
    const shadow = element.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = STYLE;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('translateSelectButton');
    button.setAttribute('aria-label', t('translateSelectButtonAria'));
    // Pressing the button must not clear the selection the bubble will anchor to.
    button.addEventListener('pointerdown', (event) => event.preventDefault());
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      button.disabled = true;
      send({ parley: 1, type: SELECT_BUTTON_CLICKED, payload: { text } }).then(
        (answer) => {
          const refused = refusalOf(answer);
          if (!refused) return hide();
          const notice = document.createElement('p');
          notice.setAttribute('role', 'alert');
          notice.textContent = refused.message ?? t('translateStartFailed');
          shadow.append(notice);
        },
        () => hide(),
      );
    });
    shadow.append(style, button);
    document.documentElement.append(element);
    host = element;
  };

  document.addEventListener(
    'mouseup',
    (event) => {
      if (!event.isTrusted || (host && event.composedPath().includes(host))) return;
      // Selecting inside Parley's own bubble is reading, not a new request.
      if (event.composedPath().some((target) => target instanceof Element && target.tagName === BUBBLE_TAG)) return hide();
      // After the browser has updated the selection for this mouseup.
      setTimeout(show, 0);
    },
    true,
  );
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.isTrusted && event.shiftKey && event.key.startsWith('Arrow')) show();
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && event.key === 'Escape') hide();
    },
    true,
  );
  document.addEventListener('selectionchange', () => {
    if (host && !captureSelection().text.trim()) hide();
  });
  window.addEventListener('scroll', hide, { capture: true, passive: true });
}
