import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { RepliesSwitchScope } from '../utils/replies/button-switch-protocol';

/**
 * Registered on the webmail hosts at document_start only while suggested replies are switched off
 * (utils/replies/button-switch.ts): the always-on webmail script, which runs after it, then places
 * no button and watches nothing.
 */
export default defineUnlistedScript(() => {
  (globalThis as RepliesSwitchScope).parleyRepliesOff = true;
});
