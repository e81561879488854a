import { lazy, type ReactNode } from 'react';
import { ChatTab } from '../chat/ChatTab';
import { t } from '../../utils/i18n/t';

// The chat opens first, so it is in the popup's first script; the other tabs load when shown.
const TranslateTab = lazy(() => import('../translate/TranslateTab').then((module) => ({ default: module.TranslateTab })));
const RepliesTab = lazy(() => import('../replies/RepliesTab').then((module) => ({ default: module.RepliesTab })));

export interface PopupTab {
  id: string;
  label: string;
  /** `settingsRead` is false while the shell still shows the tabs it last knew (see useEnabledTabs). */
  render: (settingsRead: boolean) => ReactNode;
  /** Says whether the popup should open on this tab (something waits there for the user). */
  claimsFocus?: () => Promise<boolean>;
  /** The switch in settings.features that turns this tab off (an organisation may). */
  feature?: 'chat' | 'replies';
}

/** The popup's tabs, in order; the first one opens unless another claims focus. Each flow adds its own. */
export const POPUP_TABS: PopupTab[] = [
  { id: 'chat', get label() { return t('popupTabChat'); }, render: (settingsRead) => <ChatTab settingsRead={settingsRead} />, feature: 'chat' },
  {
    id: 'translate',
    get label() { return t('popupTabTranslate'); },
    render: () => <TranslateTab />,
    claimsFocus: () => import('../translate/claimsPopupFocus').then((module) => module.translateClaimsPopupFocus()),
  },
  { id: 'replies', get label() { return t('popupTabReplies'); }, render: () => <RepliesTab />, feature: 'replies' },
];
