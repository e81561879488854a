import { z } from 'zod';
import { defineRequest } from '../messaging/define';

/**
 * The saved API key, for a settings backup the user asked to include it in. Extension pages only:
 * the router refuses it to content scripts, and the options page asks only on that explicit tick.
 */
export const exportApiKeyRequest = defineRequest({
  type: 'settings/export-key',
  request: z.object({ confirm: z.literal('include-key-in-backup') }),
  response: z.object({ apiKey: z.string() }),
  trust: 'extension',
});
