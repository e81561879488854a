import { createRoot } from 'react-dom/client';
import { topReachableDocument } from '../../utils/compose/field';
import type { ComposeLaunch } from '../../utils/compose/launch';
import type { Box } from '../../utils/translate/position';
import type { WebmailAdapter } from '../../utils/webmail/adapter';
import { createAnchoredHost } from '../ui/anchored-host';
import bubbleCss from '../translate/bubble.css?inline';
import composeCss from './compose.css?inline';
import { ComposeApp, openingFor } from './ComposeApp';

const HOST_TAG = 'parley-compose';
let closeCurrent: (() => void) | undefined;

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
 * (TinyMCE, CKEditor) gets the panel in its page, where there is room, not in the frame.
 */
export function mountComposePanel(launch: ComposeLaunch, field: HTMLElement, adapter: WebmailAdapter): void {
  closeCurrent?.();
  const opening = openingFor(launch, field, adapter);
  const doc = topReachableDocument(field.ownerDocument);
  const { host, container, place, remove } = createAnchoredHost(doc, HOST_TAG, bubbleCss + composeCss, () => fieldBox(field, doc));

  const root = createRoot(container);
  function close(): void {
    if (closeCurrent !== close) return;
    closeCurrent = undefined;
    const focusWasInside = host.matches(':focus-within');
    root.unmount();
    remove();
    if (focusWasInside) field.focus({ preventScroll: true });
  }
  closeCurrent = close;
  root.render(<ComposeApp launch={launch} opening={opening} field={field} adapter={adapter} onClose={close} />);
  place();
}
