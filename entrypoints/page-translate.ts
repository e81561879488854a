import '../utils/messaging/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showNotice } from '../components/page-translate/progress-control';
import { PageTranslator } from '../utils/page-translate/content/controller';
import { PageScriptCallSchema, type PageTranslateGlobal } from '../utils/page-translate/page-script-protocol';

/**
 * Injected on demand into a tab's top frame (scripting.executeScript, after the user asked: popup,
 * page menu, command, or a site set to "Always"). The background then calls
 * `parleyPageTranslate.call` through executeScript: this isolated-world global is out of the
 * page's reach, and the script listens to no page event or window message.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { parleyPageTranslate?: PageTranslateGlobal };
  if (scope.parleyPageTranslate) return;
  let current: PageTranslator | undefined;
  scope.parleyPageTranslate = {
    call(raw) {
      const parsed = PageScriptCallSchema.safeParse(raw);
      if (!parsed.success) return;
      const call = parsed.data;
      if (call.command === 'start') {
        current?.showOriginal();
        current = new PageTranslator(document, call);
        current.start();
      } else if (call.command === 'notice') {
        if (current) current.notice(call.message);
        else showNotice(document, call.message);
      } else if (call.command === 'show-original') {
        current?.showOriginal();
        current = undefined;
      } else if (call.command === 'stop') current?.stop();
      else if (call.command === 'finish') current?.finish();
      else current?.retry();
    },
  };
});
