import '../utils/messaging/zod-jitless';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerFeatureMenus } from '../utils/background/feature-menus';
import { keepStorageReadsInMemory } from '../utils/background/storage-memo';
import { registerBuiltinHandlers } from '../utils/builtin/background';
import { registerChat } from '../utils/chat/background';
import { registerCompose } from '../utils/compose/background';
import { registerPageTranslate } from '../utils/page-translate/background';
import { startRequestRouter } from '../utils/messaging/request-router';
import { startStreamRouter } from '../utils/messaging/stream-router';
import { registerReplies } from '../utils/replies/background';
import { registerRepliesShortcut } from '../utils/replies/shortcut';
import { registerSettingsHandlers } from '../utils/settings/background';
import { registerBackupHandlers } from '../utils/settings/backup-background';
import { registerTerms } from '../utils/terms/background';
import { registerTranslate } from '../utils/translate/background';

/**
 * Everything the background does. Chrome evaluates it on the first event that needs it after a
 * worker start (utils/background/lazy-engine.ts); Firefox loads it with the background page.
 */
export default defineUnlistedScript(() => {
  keepStorageReadsInMemory();
  startRequestRouter();
  startStreamRouter();
  registerSettingsHandlers();
  registerTranslate();
  registerTerms();
  registerPageTranslate();
  registerChat();
  registerBuiltinHandlers();
  registerReplies();
  registerRepliesShortcut();
  registerBackupHandlers();
  registerCompose();
  // After every flow's menus: it shows or hides those of features that are switched off.
  registerFeatureMenus();

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
