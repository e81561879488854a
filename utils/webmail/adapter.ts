/** One message of the open thread, as the adapter read it: quoted history and signature removed. */
export interface ThreadMessage {
  sender: { name: string; email: string };
  /** As the app shows it (already localised); only ever put into the prompt. */
  date: string;
  body: string;
}

export interface Thread {
  subject: string;
  /** Oldest first; the last one is the message being answered. */
  messages: ThreadMessage[];
}

/** Expected match counts of a selector per fixture page, refined-github style: [[count, page], ...]. */
export type SelectorExpectations = ReadonlyArray<readonly [number, string]>;

/**
 * What Parley needs to know of one webmail's markup. Adding a webmail is one file implementing
 * this, one fixture page and its tests.
 */
export interface WebmailAdapter {
  id: 'gmail' | 'outlook' | 'generic';
  /** The compose bodies that are open now (where the "Suggest replies" button goes). */
  composeBoxes(root: ParentNode): HTMLElement[];
  /** The thread around the compose box (or the open one). Null when no thread is open. */
  readThread(doc: Document, composeBox: HTMLElement | undefined): Thread | null;
  /** Parts of a compose box the user's text must stay above: quoted history, signature. */
  protectedParts(composeBox: HTMLElement): Element[];
  /** Whether the compose box already carries the user's signature (then replies end with the name only). */
  hasSignature(composeBox: HTMLElement): boolean;
}
