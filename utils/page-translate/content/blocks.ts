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
  /** Times the page changed this block's text after it was translated (capped). */
  retranslations: number;
}

/** A page that keeps rewriting one block (a ticker, a clock) gets this many translations of it, no more. */
export const MAX_RETRANSLATIONS = 3;

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
