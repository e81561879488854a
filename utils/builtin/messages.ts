import { z } from 'zod';
import { defineRequest } from '../messaging/define';
import { LanguageCodeSchema } from '../settings/schema';
import { AvailabilitySchema } from './browser-ai';

export const BuiltinAvailabilitySchema = z.union([AvailabilitySchema, z.literal('absent')]);

const PairSchema = z.object({ sourceLanguage: LanguageCodeSchema, targetLanguage: LanguageCodeSchema });
export type LanguagePair = z.infer<typeof PairSchema>;

/**
 * What the background (where the built-in provider runs) can do on this device: each asked pair's
 * Translator availability and the on-device model's.
 */
const BuiltinStatusSchema = z.object({
  pairs: z.array(PairSchema.extend({ availability: BuiltinAvailabilitySchema })),
  languageModel: BuiltinAvailabilitySchema,
});
export type BuiltinStatus = z.infer<typeof BuiltinStatusSchema>;

export const builtinStatus = defineRequest({
  type: 'builtin/status',
  request: z.object({ pairs: z.array(PairSchema).max(20) }),
  response: BuiltinStatusSchema,
  trust: 'extension',
});

/**
 * Runs one short translation through the provider the routing picks, as the translate flow
 * would: the settings page's "Try it" shows who answered, or why nobody could.
 */
export const tryTranslation = defineRequest({
  type: 'builtin/try-translation',
  request: PairSchema.extend({ text: z.string().trim().min(1).max(2000) }),
  response: z.object({ label: z.string(), text: z.string() }),
  trust: 'extension',
});
