import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mountReplyButtons, type ExtensionLink } from '../components/replies/reply-button';
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
};

export default defineUnlistedScript(() => {
  mountReplyButtons(location.hostname === 'mail.google.com' ? gmailComposeBox : outlookComposeBox, link);
});
