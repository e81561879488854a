import '../utils/messaging/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountBubble } from '../components/translate/mountBubble';
import { BubbleLaunchSchema, type TranslateUiGlobal } from '../utils/translate/launch';

/**
 * Injected on demand (scripting.executeScript, after a menu click or the shortcut) into the
 * frame holding the selection. The background then calls `parleyTranslateUi.open` through
 * executeScript as well: this isolated-world global is out of the page's reach, and the script
 * listens to no page event or window message.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { parleyTranslateUi?: TranslateUiGlobal };
  // A second injection into the same frame keeps the first script's state.
  if (scope.parleyTranslateUi) return;
  scope.parleyTranslateUi = {
    open(launch) {
      const parsed = BubbleLaunchSchema.safeParse(launch);
      if (parsed.success) mountBubble(parsed.data);
    },
  };
});
