import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { RESTORE_REQUEST } from '../utils/compose/restore-protocol';

/**
 * Registered (utils/compose/restore-script.ts) only for the pages holding an unsent "Write in"
 * draft, so no other page load runs Parley or wakes its background. At the load event, as the
 * panel always came back, it asks the background, which gives the draft back only to the tab it
 * was written in and opens the panel beside the same field.
 */
export default defineUnlistedScript(() => {
  const askToRestore = () => void browser.runtime.sendMessage({ parley: 1, type: RESTORE_REQUEST, payload: {} }).catch(() => undefined);
  if (document.readyState === 'complete') askToRestore();
  else window.addEventListener('load', askToRestore, { once: true });
});
