import type { Undo } from './render';
import type { InlineNode } from './inline';

export type BlockStatus = 'waiting' | 'sent' | 'done' | 'skipped' | 'failed';

/** One block of the page as Parley tracks it; the element itself is never changed but by `undo`. */
export interface BlockState {
  id: number;
  element: Element;
  text: string;
  inlines: InlineNode[];
  chrome: boolean;
  status: BlockStatus;
  /** Within about a screen of the viewport: requested now rather than on scroll. */
  near: boolean;
  translation?: string;
  translationNode?: Element;
  undo?: Undo;
  /** When the page's last change to this block's text was sent again (see retranslationWait). */
  retranslatedAt?: number;
  /** A re-translation held back by the cap: the block is not sent before this time. */
  notBefore?: number;
}

/**
 * A page that keeps rewriting one block (a live ticker, a score, a clock) gets it translated again
 * at most this often: the changes in between are not sent, the latest text is, once the time is up.
 */
export const RETRANSLATION_INTERVAL_MS = 5_000;

/** How long the block's next re-translation must wait (0: it may go now). The first is never held. */
export function retranslationWait(retranslatedAt: number | undefined, now: number): number {
  return retranslatedAt === undefined ? 0 : Math.max(0, retranslatedAt + RETRANSLATION_INTERVAL_MS - now);
}

/** Keeps the content the user reads where it is while translations arrive above it. */
export function keepScrollPosition(doc: Document, mutate: () => void): void {
  const view = doc.defaultView;
  let anchor = view ? doc.elementFromPoint(view.innerWidth / 2, 4) : null;
  while (anchor?.closest('[data-parley-page]')) anchor = anchor.closest('[data-parley-page]')?.parentElement ?? null;
  const before = anchor?.getBoundingClientRect().top;
  mutate();
  if (!anchor || before === undefined || !view) return;
  const shift = anchor.getBoundingClientRect().top - before;
  if (Math.abs(shift) >= 1) view.scrollBy(0, shift);
}
