import type { ReactNode } from 'react';

export interface PopupTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** The popup's tabs, in order. Each flow adds its own (components/<flow>/). */
export const POPUP_TABS: PopupTab[] = [];
