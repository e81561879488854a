// The always-on webmail script shows one string at page load: its button's label. A content
// script's first i18n.getMessage blocks while Chrome fetches the message bundle: about 6 ms of main
// thread on every Gmail load, measured (README, Performance). So the label, and the one error a
// script orphaned by an update can still show, come from the locale files at build time. Only
// these two keys reach the bundle: the page-load builds import JSON as named exports (wxt.config.ts).

type Message = { message: string };

const LOCALES_DIR = /\/_locales\/([^/]+)\/messages\.json$/;

function byLocale(modules: Record<string, Message>): ReadonlyMap<string, string> {
  const entries = Object.entries(modules).flatMap(([file, { message }]) => {
    const locale = LOCALES_DIR.exec(file)?.[1];
    return locale ? [[locale.toLowerCase(), message] as const] : [];
  });
  return new Map(entries);
}

const SUGGEST_REPLIES = import.meta.glob<Message>('../../public/_locales/*/messages.json', { eager: true, import: 'menuSuggestReplies' });
const UNAVAILABLE = import.meta.glob<Message>('../../public/_locales/*/messages.json', { eager: true, import: 'webmailUnavailable' });
/** Built on first use, not while the page loads. */
let suggestReplies: ReadonlyMap<string, string> | undefined;
let unavailable: ReadonlyMap<string, string> | undefined;

/** The manifest's default_locale: what Chrome shows when no locale of Parley's fits. */
const DEFAULT_LOCALE = 'en';

/**
 * Chrome's own choice for i18n.getMessage: the UI locale (`pt-BR` is the folder `pt_BR`), then its
 * language alone (`de-AT` falls back to `de`), then the default locale.
 */
function pick(messages: ReadonlyMap<string, string>, uiLanguage: string): string {
  const locale = uiLanguage.replace(/-/g, '_').toLowerCase();
  const language = locale.split('_')[0] ?? locale;
  return messages.get(locale) ?? messages.get(language) ?? messages.get(DEFAULT_LOCALE) ?? '';
}

export const suggestRepliesLabel = (uiLanguage: string) => pick((suggestReplies ??= byLocale(SUGGEST_REPLIES)), uiLanguage);
export const unavailableLabel = (uiLanguage: string) => pick((unavailable ??= byLocale(UNAVAILABLE)), uiLanguage);
