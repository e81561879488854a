import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountSelectButton } from '../components/translate/select-button';

/**
 * Registered for all sites only while the user has "Show a translate button whenever I select
 * text" on (utils/translate/select-button.ts). Kept tiny (no React, no zod): it runs on every page.
 * It reports only a trusted click on its own button; the background makes the job for this tab
 * and frame and injects the bubble, as after a menu click.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { parleySelectButton?: boolean };
  if (scope.parleySelectButton) return;
  scope.parleySelectButton = true;
  mountSelectButton((envelope) => browser.runtime.sendMessage(envelope));
});
