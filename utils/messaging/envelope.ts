import { z } from 'zod';
import { ParleyErrorDataSchema } from '../errors/parley-error';

/** The marker keeps Parley's messages apart from anything else on the runtime channel. */
export const RequestEnvelopeSchema = z.object({
  parley: z.literal(1),
  type: z.string().min(1).max(100),
  payload: z.unknown(),
});
export type RequestEnvelope = z.infer<typeof RequestEnvelopeSchema>;

export const ResponseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ParleyErrorDataSchema }),
]);
export type ResponseEnvelope = z.infer<typeof ResponseEnvelopeSchema>;

export const PortClientMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start'), payload: z.unknown() }),
  z.object({ kind: z.literal('cancel') }),
]);
export type PortClientMessage = z.infer<typeof PortClientMessageSchema>;

export const PortServerMessageSchema = z.discriminatedUnion('kind', [
  // The events a handler produced in one task, in order: a burst of small deltas from one network
  // read leaves as one message, not one message (and one task in the page) each.
  z.object({ kind: z.literal('events'), events: z.array(z.unknown()).min(1) }),
  z.object({ kind: z.literal('end') }),
  z.object({ kind: z.literal('error'), error: ParleyErrorDataSchema }),
]);
export type PortServerMessage = z.infer<typeof PortServerMessageSchema>;
