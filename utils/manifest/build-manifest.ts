import type { UserManifest } from 'wxt';
import { WEBMAIL_MATCHES, WEBMAIL_SCRIPT_PATH } from '../webmail/hosts';
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];

/** Every permission here must have its line in SECURITY.md; tests/unit/manifest checks that. */
export function buildManifest({ browser, e2e }: { browser: string; e2e: boolean }): UserManifest {
  const isFirefox = browser === 'firefox';
  const permissions = ['storage', 'contextMenus', 'activeTab', 'scripting', 'unlimitedStorage'];
  if (!isFirefox) permissions.push('sidePanel');
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions,
    // Loopback only in the e2e build: tests serve pages from 127.0.0.1 and cannot grant activeTab.
    host_permissions: e2e ? ['http://127.0.0.1/*'] : [],
    // Asked for one origin at a time: a custom provider's base URL, or all sites for the
    // optional "translate button on every selection" setting.
    // Firefox's MV2 build has no optional_host_permissions: optional hosts are optional permissions there.
    ...(isFirefox ? { optional_permissions: OPTIONAL_HOSTS as UserManifest['optional_permissions'] } : { optional_host_permissions: OPTIONAL_HOSTS }),
    // The reply button's script (entrypoints/webmail.ts), the only one that runs without being asked;
    // manifest paths are relative to the extension's root.
    content_scripts: [{ matches: WEBMAIL_MATCHES, js: [WEBMAIL_SCRIPT_PATH.slice(1)], run_at: 'document_idle' }],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'self'; frame-ancestors 'none'",
    },
    commands: {
      'translate-selection': {
        suggested_key: { default: 'Alt+T' },
        description: '__MSG_commandTranslateSelection__',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+P' },
        description: '__MSG_commandOpenSidePanel__',
      },
      // Chrome takes at most four suggested keys; every one can be rebound on the browser's shortcut page.
      'suggest-replies': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandSuggestReplies__',
      },
      // No suggested key: Chrome takes four, all taken above; the user picks one on the shortcuts page.
      'write-in': {
        description: '__MSG_commandWriteIn__',
      },
      // No suggested key: Chrome takes four, all above. README says how to bind one.
      'translate-page': {
        description: '__MSG_commandTranslatePage__',
      },
      // The toolbar popup; Firefox's MV2 names the same action differently.
      [isFirefox ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+P' },
      },
    },
    // An organisation's settings (utils/managed/). Firefox takes the same keys from policies.json's
    // "3rdparty" section without a schema in the manifest.
    ...(isFirefox ? {} : { storage: { managed_schema: 'schema.json' } }),
    ...(isFirefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parley@parley.dev',
              // data_collection_permissions is read from Firefox 140 (142 on Android); web-ext lint warns below that.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  };
}
