import type { ReactNode } from 'react';
import { ChatTab } from '../chat/ChatTab';
import { RepliesTab } from '../replies/RepliesTab';
import { translateClaimsPopupFocus } from '../translate/claimsPopupFocus';
import { TranslateTab } from '../translate/TranslateTab';
import { t } from '../../utils/i18n/t';

export interface PopupTab {
  id: string;
  label: string;
  render: () => ReactNode;
  /** Says whether the popup should open on this tab (something waits there for the user). */
  claimsFocus?: () => Promise<boolean>;
  /** The switch in settings.features that turns this tab off (an organisation may). */
  feature?: 'chat' | 'replies';
}

/** The popup's tabs, in order; the first one opens unless another claims focus. Each flow adds its own. */
export const POPUP_TABS: PopupTab[] = [
  { id: 'chat', get label() { return t('popupTabChat'); }, render: () => <ChatTab />, feature: 'chat' },
  { id: 'translate', get label() { return t('popupTabTranslate'); }, render: () => <TranslateTab />, claimsFocus: translateClaimsPopupFocus },
  { id: 'replies', get label() { return t('popupTabReplies'); }, render: () => <RepliesTab />, feature: 'replies' },
];
