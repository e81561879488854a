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
  z.object({ kind: z.literal('event'), event: z.unknown() }),
  z.object({ kind: z.literal('end') }),
  z.object({ kind: z.literal('error'), error: ParleyErrorDataSchema }),
]);
export type PortServerMessage = z.infer<typeof PortServerMessageSchema>;
