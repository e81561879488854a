import '../utils/messaging/zod-jitless';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountComposePanel } from '../components/compose/mount-panel';
import { deepActiveField, fieldAt } from '../utils/compose/field';
import { ComposeLaunchSchema, type ComposeUiGlobal } from '../utils/compose/launch';
import { ADAPTERS } from '../utils/webmail/adapters';

/**
 * "Write in …": injected on demand (scripting.executeScript, after the menu click, the shortcut,
 * or a reload of a page with a draft waiting) into the frame holding the field. The background
 * calls `parleyComposeUi.open` through executeScript too: this isolated-world global is out of
 * the page's reach, and the script listens to no page event or window message.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { parleyComposeUi?: ComposeUiGlobal };
  if (scope.parleyComposeUi) return;
  scope.parleyComposeUi = {
    open(launch) {
      const parsed = ComposeLaunchSchema.safeParse(launch);
      if (!parsed.success) return;
      const adapter = ADAPTERS[parsed.data.adapter];
      // The focused field; after a reload nothing has focus, and the saved field's locator finds it.
      const field = deepActiveField() ?? parsed.data.saved.map((saved) => fieldAt(saved.locator)).find((found) => found !== undefined) ?? (parsed.data.adapterField ? fieldAt([parsed.data.adapterField]) : undefined);
      if (field) mountComposePanel(parsed.data, field, adapter);
    },
  };
});
