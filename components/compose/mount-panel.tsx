import { createRoot } from 'react-dom/client';
import { topReachableDocument } from '../../utils/compose/field';
import type { ComposeLaunch } from '../../utils/compose/launch';
import { placeBubble, type Box } from '../../utils/translate/position';
import type { WebmailAdapter } from '../../utils/webmail/adapter';
import bubbleCss from '../translate/bubble.css?inline';
import composeCss from './compose.css?inline';
import { ComposeApp, openingFor } from './ComposeApp';

const HOST_TAG = 'parley-compose';
let closeCurrent: (() => void) | undefined;

function pin(host: HTMLElement, name: string, value: string): void {
  // !important inline: a page's `* { position: static !important }` must not move the panel.
  host.style.setProperty(name, value, 'important');
}

/** The field's box in the host document's viewport: an editor's iframe adds its own offset. */
function fieldBox(field: HTMLElement, host: Document): Box {
  const rect = field.getBoundingClientRect();
  let top = rect.top;
  let left = rect.left;
  let doc = field.ownerDocument;
  while (doc !== host && doc.defaultView?.frameElement) {
    const frame = doc.defaultView.frameElement.getBoundingClientRect();
    top += frame.top;
    left += frame.left;
    doc = doc.defaultView.frameElement.ownerDocument;
  }
  return { top, left, bottom: top + rect.height, right: left + rect.width };
}

/**
 * Opens the panel beside the field, in a shadow root of its own. An editor inside an iframe
 * (TinyMCE, CKEditor) gets the panel in its page, where there is room, not in the frame. The
 * host is built here rather than with WXT's createShadowRootUi, which listens to window
 * messages a page can forge; this script acts on nothing the page sends.
 */
export function mountComposePanel(launch: ComposeLaunch, field: HTMLElement, adapter: WebmailAdapter): void {
  closeCurrent?.();
  const opening = openingFor(launch, field, adapter);
  const doc = topReachableDocument(field.ownerDocument);
  const view = doc.defaultView ?? window;
  const host = doc.createElement(HOST_TAG);
  for (const [name, value] of Object.entries({ position: 'fixed', top: '0px', left: '0px', 'z-index': '2147483647', display: 'block' })) pin(host, name, value);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = bubbleCss + composeCss;
  const container = doc.createElement('div');
  shadow.append(style, container);
  doc.documentElement.append(host);

  let frame = 0;
  const place = () => {
    view.cancelAnimationFrame(frame);
    frame = view.requestAnimationFrame(() => {
      const size = container.getBoundingClientRect();
      const { top, left } = placeBubble(fieldBox(field, doc), size, { width: view.innerWidth, height: view.innerHeight });
      pin(host, 'top', `${Math.round(top)}px`);
      pin(host, 'left', `${Math.round(left)}px`);
    });
  };
  const resizeObserver = new ResizeObserver(place);
  resizeObserver.observe(container);
  view.addEventListener('scroll', place, { capture: true, passive: true });
  view.addEventListener('resize', place, { passive: true });

  const root = createRoot(container);
  function close(): void {
    if (closeCurrent !== close) return;
    closeCurrent = undefined;
    const focusWasInside = host.matches(':focus-within');
    resizeObserver.disconnect();
    view.cancelAnimationFrame(frame);
    view.removeEventListener('scroll', place, { capture: true });
    view.removeEventListener('resize', place);
    root.unmount();
    host.remove();
    if (focusWasInside) field.focus({ preventScroll: true });
  }
  closeCurrent = close;
  root.render(<ComposeApp launch={launch} opening={opening} field={field} adapter={adapter} onClose={close} />);
  place();
}
