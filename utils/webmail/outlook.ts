import type { SelectorExpectations, Thread, ThreadMessage, WebmailAdapter } from './adapter';
import { dropFromMarkerOn, readableText, tidy } from './dom-text';

// Outlook on the web renames its generated classes every few months (one extension went through
// four names for the same element), so this file anchors only on ids, roles, data-* attributes
// and the ids Outlook gives the parts of a message's HTML (prefixed `x_` once rendered).
// Each selector is followed by its match count per fixture page; a unit test checks every pair.

export const readingPane = '#ReadingPaneContainerId';
export const readingPane_: SelectorExpectations = [[1, 'outlook-thread.html']];

export const subject = '#ReadingPaneContainerId [role="heading"][aria-level="2"]';
export const subject_: SelectorExpectations = [[1, 'outlook-thread.html']];

export const message = '[data-app-section="ConversationContainer"] [role="listitem"]';
export const message_: SelectorExpectations = [[3, 'outlook-thread.html']];

/** The persona button shows the name and keeps the address in `title`. */
export const sender = '[role="listitem"] [data-testid="SenderPersona"], [role="listitem"] span[title*="@"]';
export const sender_: SelectorExpectations = [[3, 'outlook-thread.html']];

export const date = '[data-testid="SentReceivedSavedTime"]';
export const date_: SelectorExpectations = [[3, 'outlook-thread.html']];

export const body = 'div[role="document"]';
export const body_: SelectorExpectations = [[3, 'outlook-thread.html']];

/** The "From: … Sent: …" header that starts the quoted history; everything after it is quote. */
export const quoteHeader = '[id$="divRplyFwdMsg"], [id$="mail-editor-reference-message-container"]';
export const quoteHeader_: SelectorExpectations = [[3, 'outlook-thread.html']];

export const quote = 'blockquote, [id$="appendonsend"]';
export const quote_: SelectorExpectations = [[3, 'outlook-thread.html']];

export const signature = '[id$="Signature"], [id$="signature"]';
export const signature_: SelectorExpectations = [[4, 'outlook-thread.html']];

export const composeBox = '[data-app-section="MailReadCompose"] div[contenteditable="true"][role="textbox"], #ReadingPaneContainerId div[contenteditable="true"][role="textbox"]';
export const composeBox_: SelectorExpectations = [[1, 'outlook-thread.html']];

function bodyText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  const header = clone.querySelector(quoteHeader);
  if (header) dropFromMarkerOn(clone, header);
  return readableText(clone, [quote, signature]);
}

function readMessage(item: Element): ThreadMessage | null {
  const bodyElement = item.querySelector(body);
  if (!bodyElement) return null;
  const from = item.querySelector(sender);
  const title = from?.getAttribute('title') ?? '';
  return {
    sender: { name: tidy(from?.textContent ?? ''), email: title.includes('@') ? title : '' },
    date: tidy(item.querySelector(date)?.textContent ?? ''),
    body: bodyText(bodyElement),
  };
}

export const outlook: WebmailAdapter = {
  id: 'outlook',
  composeBoxes: (root) => Array.from(root.querySelectorAll<HTMLElement>(composeBox)),
  readThread(doc): Thread | null {
    const messages = Array.from(doc.querySelectorAll(message), readMessage).filter((item): item is ThreadMessage => item !== null && item.body !== '');
    if (messages.length === 0) return null;
    return { subject: tidy(doc.querySelector(subject)?.textContent ?? ''), messages };
  },
  protectedParts: (box) => Array.from(box.querySelectorAll(`${quoteHeader}, ${quote}, ${signature}`)),
  hasSignature: (box) => box.querySelector(signature) !== null,
};
