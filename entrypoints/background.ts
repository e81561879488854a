import '../utils/messaging/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
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
import { restrictStorageToTrustedContexts } from '../utils/settings/secrets';
import { registerTerms } from '../utils/terms/background';
import { registerTranslate } from '../utils/translate/background';

export default defineBackground(() => {
  // First, before any listener can store or hand out anything.
  void restrictStorageToTrustedContexts();
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

  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
