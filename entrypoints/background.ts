import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startRequestRouter } from '../utils/messaging/request-router';
import { startStreamRouter } from '../utils/messaging/stream-router';
import { registerSettingsHandlers } from '../utils/settings/background';
import { restrictStorageToTrustedContexts } from '../utils/settings/secrets';

export default defineBackground(() => {
  // First, before any listener can store or hand out anything.
  void restrictStorageToTrustedContexts();
  startRequestRouter();
  startStreamRouter();
  registerSettingsHandlers();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
