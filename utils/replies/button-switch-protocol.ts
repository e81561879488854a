/**
 * What Parley's scripts on a webmail page share in the extension's isolated world (the page cannot
 * see it): whether suggested replies are switched off, set by the marker script the background
 * registers while they are (utils/replies/button-switch.ts), and the reply buttons' refresh, which
 * the background calls when the switch changes with the page open.
 */
export interface RepliesSwitchScope {
  parleyRepliesOff?: boolean;
  parleyReplyButtons?: { refresh(): void };
}

/** The marker script (entrypoints/webmail-replies-off.ts) as built. */
export const REPLIES_OFF_SCRIPT_FILE = '/webmail-replies-off.js';
export const REPLIES_OFF_SCRIPT_ID = 'parley-replies-off';
