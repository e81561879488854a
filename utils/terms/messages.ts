import { z } from 'zod';
import { defineRequest } from '../messaging/define';
import { TermEntrySchema } from './schema';

/**
 * "Add to terms" in the translate bubble. Tied to the bubble's job, so only the bubble the user
 * opened in that tab and frame can add to the list, and only an entry the schema accepts.
 */
export const addTermFromBubble = defineRequest({
  type: 'terms/add-from-bubble',
  request: z.object({ jobId: z.uuid(), entry: TermEntrySchema }),
  response: z.object({ count: z.number().int() }),
  trust: 'content-script',
});
