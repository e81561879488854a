import { t, type MessageKey } from '../../utils/i18n/t';

/** The page's `lang` and title in the UI language: screen readers choose their voice by `lang`. */
export function localisePage(titleKey?: MessageKey): void {
  document.documentElement.lang = t('languageNamesLocale');
  if (titleKey) document.title = t(titleKey);
}
