import type { KeyboardEvent } from 'react';
import { POPUP_TABS, type PopupTab } from './tabs';

const STEP: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The ARIA tabs pattern: one tab in the Tab order, arrows (wrapping), Home and End move between
 * tabs and show each at once, as the tab lists of browsers and operating systems do.
 */
export function moveBetweenTabs(event: KeyboardEvent<HTMLElement>, active: string | undefined, activate: (id: string) => void, tabs: PopupTab[] = POPUP_TABS): void {
  const step = STEP[event.key];
  if (!step || tabs.length === 0) return;
  event.preventDefault();
  const index = Math.max(0, tabs.findIndex((tab) => tab.id === active));
  const next = tabs[step(index, tabs.length)];
  if (!next) return;
  activate(next.id);
  event.currentTarget.ownerDocument.getElementById(`tab-${next.id}`)?.focus();
}
