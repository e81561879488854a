import { z } from 'zod';

/** Every failure a user can meet, by what happened (not by HTTP status). */
export const ERROR_CODES = [
  'no-key',
  'invalid-key',
  'forbidden',
  'model-not-found',
  'quota',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'origin-refused',
  'stream-cut',
  'bad-response',
  'bad-request',
  'cancelled',
  'not-allowed',
  'bad-message',
  'page-unavailable',
  'too-long',
  'empty-input',
  'unsupported',
  'unknown',
] as const;
export const ErrorCodeSchema = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** What the UI offers next to the message. */
export const ErrorActionSchema = z.enum(['open-settings', 'retry', 'none']);

export const ParleyErrorDataSchema = z.object({
  code: ErrorCodeSchema,
  /** One or two sentences: what happened and what to do. Never holds the API key. */
  message: z.string(),
  action: ErrorActionSchema,
  /** When the provider said how long to wait. */
  retryAfterSeconds: z.number().optional(),
});
export type ParleyErrorData = z.infer<typeof ParleyErrorDataSchema>;

/** An error the UI can show as it is: thrown in the background, sent over messages as data. */
export class ParleyError extends Error {
  readonly data: ParleyErrorData;

  constructor(data: ParleyErrorData) {
    super(data.message);
    this.name = 'ParleyError';
    this.data = data;
  }
}

export function parleyError(code: ErrorCode, message: string, action: ParleyErrorData['action'] = 'none'): ParleyError {
  return new ParleyError({ code, message, action });
}

/** Rebuilds the typed error on the receiving side of a message. */
export function fromErrorData(data: ParleyErrorData): ParleyError {
  return new ParleyError(data);
}
