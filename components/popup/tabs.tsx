import type { ReactNode } from 'react';
import { ChatTab } from '../chat/ChatTab';
import { RepliesTab } from '../replies/RepliesTab';
import { TranslateTab } from '../translate/TranslateTab';

export interface PopupTab {
  id: string;
  label: string;
  render: () => ReactNode;
}

/** The popup's tabs, in order. Each flow adds its own (components/<flow>/). */
export const POPUP_TABS: PopupTab[] = [
  { id: 'translate', label: 'Translate', render: () => <TranslateTab /> },
  { id: 'chat', label: 'Chat', render: () => <ChatTab /> },
  { id: 'replies', label: 'Replies', render: () => <RepliesTab /> },
];
