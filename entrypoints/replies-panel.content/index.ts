import '../../utils/messaging/zod-jitless';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { showPanel } from '../../components/replies/mount-panel';
import { handleRequest, startRequestRouter } from '../../utils/messaging/request-router';
import { startFrameAgent } from '../../utils/replies/frame-agent';
import { frameShowPanel } from '../../utils/replies/messages';
import { PANEL_FRAME_FLAG } from '../../utils/replies/open-request';
import { WEBMAIL_MATCHES } from '../../utils/webmail/hosts';

/**
 * Injected on demand (scripting.executeScript) after a trusted click: the webmail button, the
 * context-menu item or the popup. Holds the adapters, the insertion and the React panel, so none
 * of that weight sits on a page until the user asks.
 */
export default defineContentScript({
  registration: 'runtime',
  // WXT turns these into host permissions: the webmail button's click is no activeTab gesture,
  // and a content script's matches alone do not let scripting.executeScript in (verified).
  // Everywhere else the script goes in with activeTab after the context-menu or popup click.
  matches: WEBMAIL_MATCHES,
  main(ctx) {
    // The background injects only where the flag is missing, but two clicks can race.
    const scope = globalThis as typeof globalThis & Record<typeof PANEL_FRAME_FLAG, boolean | undefined>;
    if (scope[PANEL_FRAME_FLAG]) return;
    scope[PANEL_FRAME_FLAG] = true;
    startFrameAgent();
    handleRequest(frameShowPanel, async ({ jobId, tone, length }) => {
      await showPanel(ctx, jobId, { tone, length, hint: '' });
      return {};
    });
    startRequestRouter();
  },
});
