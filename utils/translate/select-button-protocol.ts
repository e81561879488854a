/**
 * What the always-on selection button (entrypoints/select-button.ts) shares with the background.
 * No zod and no imports here: the button's script stays a few kilobytes on every page.
 */
export const SELECT_BUTTON_CLICKED = 'translate/select-button-clicked';
/** Enough to refuse a too-long selection with the usual message; the message stays small. */
export const SELECT_BUTTON_MAX_TEXT = 40_000;
export const SELECT_BUTTON_SCRIPT_ID = 'parley-select-button';
/** The unlisted script built from entrypoints/select-button.ts. */
export const SELECT_BUTTON_SCRIPT_FILE = '/select-button.js';
/** The optional host permissions the setting asks for (declared in the manifest's optional hosts). */
export const ALL_SITES = ['https://*/*', 'http://*/*'];
