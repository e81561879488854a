import type { ReactNode } from 'react';
import { ChatTab } from '../chat/ChatTab';
import { RepliesTab } from '../replies/RepliesTab';
import { translateClaimsPopupFocus } from '../translate/claimsPopupFocus';
import { TranslateTab } from '../translate/TranslateTab';

export interface PopupTab {
  id: string;
  label: string;
  render: () => ReactNode;
  /** Says whether the popup should open on this tab (something waits there for the user). */
  claimsFocus?: () => Promise<boolean>;
}

/** The popup's tabs, in order; the first one opens unless another claims focus. Each flow adds its own. */
export const POPUP_TABS: PopupTab[] = [
  { id: 'chat', label: 'Chat', render: () => <ChatTab /> },
  { id: 'translate', label: 'Translate', render: () => <TranslateTab />, claimsFocus: translateClaimsPopupFocus },
  { id: 'replies', label: 'Replies', render: () => <RepliesTab /> },
];
