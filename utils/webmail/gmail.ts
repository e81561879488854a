import type { SelectorExpectations, Thread, ThreadMessage, WebmailAdapter } from './adapter';
import { readableText, tidy } from './dom-text';

// Gmail's markup, after KartikTalwar/gmail.js (src/gmail.js) and what extensions that insert
// drafts document. Each selector is followed by how many elements it matches on each fixture
// page (tests/unit/webmail/selectors.test.ts checks every pair). Classes such as `a3s` and `gD`
// have been stable for a decade; generated-looking ones are avoided.

export const subject = 'h2[data-thread-perm-id], h2.hP';
export const subject_: SelectorExpectations = [[1, 'gmail-thread.html'], [1, 'gmail-injection.html']];

/** One message of the open thread; new and legacy ids both sit on it. */
export const message = 'div.adn[data-message-id]';
export const message_: SelectorExpectations = [[3, 'gmail-thread.html'], [1, 'gmail-injection.html']];

/** The sender carries its address and name as attributes; recipients use `g2` instead of `gD`. */
export const sender = 'span.gD[email]';
export const sender_: SelectorExpectations = [[3, 'gmail-thread.html'], [1, 'gmail-injection.html']];

/** The full date is in `title`; the text is shortened ("9 Mar"). */
export const date = 'span.g3[title]';
export const date_: SelectorExpectations = [[3, 'gmail-thread.html'], [1, 'gmail-injection.html']];

export const body = 'div.a3s';
export const body_: SelectorExpectations = [[3, 'gmail-thread.html'], [1, 'gmail-injection.html']];

/** Quoted history: the attribution plus blockquote, and the collapsed "trimmed content". */
export const quote = 'div.gmail_quote, blockquote.gmail_quote, div.gmail_extra, div.adm, div.h5';
export const quote_: SelectorExpectations = [[6, 'gmail-thread.html'], [1, 'gmail-injection.html']];

export const signature = '[data-smartmail="gmail_signature"], div.gmail_signature';
export const signature_: SelectorExpectations = [[3, 'gmail-thread.html'], [1, 'gmail-injection.html']];

/** The compose body: these attributes are Gmail's own and not localised (aria-label is). */
export const composeBox = 'div[contenteditable="true"][role="textbox"][g_editable="true"]';
export const composeBox_: SelectorExpectations = [[1, 'gmail-thread.html'], [1, 'gmail-injection.html']];

function readMessage(element: Element): ThreadMessage | null {
  const bodyElement = element.querySelector(body);
  if (!bodyElement) return null;
  const from = element.querySelector(sender);
  return {
    sender: { name: tidy(from?.getAttribute('name') ?? from?.textContent ?? ''), email: from?.getAttribute('email') ?? '' },
    date: element.querySelector(date)?.getAttribute('title') ?? '',
    // The "-- " line before a signature sits outside it.
    body: readableText(bodyElement, [quote, signature, '.gmail_signature_prefix']),
  };
}

export const gmail: WebmailAdapter = {
  id: 'gmail',
  composeBoxes: (root) => Array.from(root.querySelectorAll<HTMLElement>(composeBox)),
  readThread(doc): Thread | null {
    const messages = Array.from(doc.querySelectorAll(message), readMessage).filter((item): item is ThreadMessage => item !== null && item.body !== '');
    if (messages.length === 0) return null;
    return { subject: tidy(doc.querySelector(subject)?.textContent ?? ''), messages };
  },
  protectedParts: (box) => Array.from(box.querySelectorAll(`${quote}, ${signature}`)),
  hasSignature: (box) => box.querySelector(signature) !== null,
};
