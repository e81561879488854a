import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startOnEveryPageLoad } from '../utils/scripting/every-page-load';
import { ALWAYS_SCRIPT_FILE, ALWAYS_START_REQUEST } from '../utils/page-translate/always-protocol';

/**
 * Registered (utils/page-translate/always-script.ts) only for the sites the user set to "Always
 * translate" and whose access the browser still grants, so no other page load runs Parley or
 * wakes its background. At each page load (the load event, and each view of a single-page site),
 * as the translation always started, it asks the background, which checks the site's rule again
 * and injects the page-translate script. Set to "Always" from the popup, the site's open pages get
 * it at once too (for their next same-document views).
 */
export default defineUnlistedScript(() => {
  startOnEveryPageLoad(ALWAYS_SCRIPT_FILE, () => void browser.runtime.sendMessage({ parley: 1, type: ALWAYS_START_REQUEST, payload: {} }).catch(() => undefined));
});
