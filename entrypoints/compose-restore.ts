import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOnEveryPageLoad } from '../utils/scripting/every-page-load';
import { RESTORE_REQUEST, RESTORE_SCRIPT_FILE } from '../utils/compose/restore-protocol';

/**
 * Registered (utils/compose/restore-script.ts) only for the pages holding an unsent "Write in"
 * draft, so no other page load runs Parley or wakes its background. At each page load (the load
 * event, and each view of a webmail), as the panel always came back, it asks the background, which
 * gives the draft back only to the tab it was written in and opens the panel beside the same field.
 * The background also puts it into the page the draft is written in (the registration only
 * reaches pages loaded afterwards), so the webmail's other views and back work there at once.
 */
export default defineUnlistedScript(() => {
  startOnEveryPageLoad(RESTORE_SCRIPT_FILE, () => void browser.runtime.sendMessage({ parley: 1, type: RESTORE_REQUEST, payload: {} }).catch(() => undefined));
});
