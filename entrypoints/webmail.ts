import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountReplyButtons, type ExtensionLink, type ReplyButtons } from '../components/replies/reply-button';
import type { RepliesSwitchScope } from '../utils/replies/button-switch-protocol';
import { composeBox as gmailComposeBox } from '../utils/webmail/gmail';
import { composeBox as outlookComposeBox } from '../utils/webmail/outlook';

// The always-on script of the webmail hosts, declared in the manifest's content_scripts by
// utils/manifest/build-manifest.ts. An unlisted script rather than a WXT content script: WXT's
// content-script context reads runtime.id and posts messages to the page as it starts, and with
// `wxt/browser` that cost about 3 ms of main thread on every Gmail load (bench/page-load.bench.ts).

type ExtensionApi = typeof chrome;

/** Read at each use, not at load: the first touch of `runtime` or `i18n` builds its bindings. */
function extensionApi(): ExtensionApi {
  // Firefox's MV2 `chrome` answers with callbacks; its `browser` (and Chrome's, where present) with promises.
  return (globalThis as { browser?: ExtensionApi }).browser ?? chrome;
}

const link: ExtensionLink = {
  uiLanguage: () => extensionApi().i18n.getUILanguage(),
  isAlive: () => extensionApi().runtime?.id !== undefined,
  openPanel: (envelope) => extensionApi().runtime.sendMessage(envelope),
  openFailedMessage: () => extensionApi().i18n.getMessage('webmailOpenFailed'),
  switchedOff: () => (globalThis as RepliesSwitchScope).parleyRepliesOff === true,
};

/**
 * The page comes first: at load this script only asks for idle time, and places its buttons when
 * Chromium has nothing else to do (a reply box is seldom open in the first second anyway). Mounted
 * at once it took 3 to 8 ms of every Gmail load, most of it the first touch of the extension's
 * i18n binding and compiling the placement code (bench/page-load.bench.ts). The timeout places
 * the buttons within a second and a half on a page that never goes idle.
 */
const IDLE_TIMEOUT_MS = 1500;

export default defineUnlistedScript(() => {
  const scope = globalThis as RepliesSwitchScope;
  let buttons: ReplyButtons | undefined;
  const mount = () => {
    buttons ??= mountReplyButtons(location.hostname === 'mail.google.com' ? gmailComposeBox : outlookComposeBox, link);
  };
  requestIdleCallback(
    () => {
      // For the background, when replies are switched on or off with this page open (before this
      // runs, a switch sets the flag alone, and the check below reads it).
      scope.parleyReplyButtons = { refresh: () => (buttons ? buttons.refresh() : scope.parleyRepliesOff ? undefined : mount()) };
      // Switched off: the marker script ran first (document_start), and nothing is placed or watched.
      // Read here, not at load: read at load, it cost ~0.1 ms of every Gmail load in the bench's
      // trace (0.8 against 0.7 ms p50, 40 loads each; a missing global is looked up on the window).
      if (!scope.parleyRepliesOff) mount();
    },
    { timeout: IDLE_TIMEOUT_MS },
  );
});
