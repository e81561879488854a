/** The only sites where Parley runs a content script without being asked (the reply button). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

/** The always-on script (entrypoints/webmail.ts) as built: the manifest declares it for WEBMAIL_MATCHES. */
export const WEBMAIL_SCRIPT_PATH = '/webmail.js';

/** Which adapter knows each webmail host's markup; every other site gets the generic mode. */
export const WEBMAIL_ADAPTER_BY_HOST: Readonly<Record<string, 'gmail' | 'outlook'>> = {
  'mail.google.com': 'gmail',
  'outlook.live.com': 'outlook',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
};

export function webmailAdapterId(url: string | undefined): 'gmail' | 'outlook' | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' ? WEBMAIL_ADAPTER_BY_HOST[parsed.hostname] : undefined;
}
