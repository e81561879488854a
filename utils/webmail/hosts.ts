/** The only sites where Parley runs a content script without being asked (the reply button). */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];
