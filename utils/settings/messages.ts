import { z } from 'zod';
import { defineRequest } from '../messaging/define';
import { ManagedViewSchema } from '../managed/view';
import { HeaderEditsSchema } from './headers';
import { LanguageCodeSchema, ProviderSettingsSchema, SettingsSchema } from './schema';

/** What a content script may know of the settings: no key, no profile, no provider details. */
export const PublicSettingsSchema = z.object({
  languages: z.object({ mine: LanguageCodeSchema, target: LanguageCodeSchema, second: LanguageCodeSchema }),
  theme: z.enum(['system', 'light', 'dark']),
  showButtonOnSelect: z.boolean(),
  hasKey: z.boolean(),
});
export type PublicSettings = z.infer<typeof PublicSettingsSchema>;

export const getPublicSettings = defineRequest({
  type: 'settings/public',
  request: z.object({}),
  response: PublicSettingsSchema,
  trust: 'content-script',
});

export const getSettings = defineRequest({
  type: 'settings/get',
  request: z.object({}),
  response: z.object({
    settings: SettingsSchema,
    hasKey: z.boolean(),
    problems: z.array(z.string()),
    /** The user's own header names; their values stay in the background like the key. */
    headerNames: z.array(z.string()),
    managed: ManagedViewSchema,
  }),
  trust: 'extension',
});

export const saveSettingsRequest = defineRequest({
  type: 'settings/save',
  request: z.object({
    settings: z.unknown(),
    /** Omitted: keep the saved key. An empty string removes it. */
    apiKey: z.string().max(1000).optional(),
    /** Omitted: keep the saved headers. A row without a value keeps that header's saved value. */
    headers: HeaderEditsSchema.optional(),
  }),
  response: z.object({ settings: SettingsSchema, hasKey: z.boolean(), headerNames: z.array(z.string()) }),
  trust: 'extension',
});

export const testConnection = defineRequest({
  type: 'provider/test',
  request: z.object({ provider: ProviderSettingsSchema, apiKey: z.string().max(1000).optional(), headers: HeaderEditsSchema.optional() }),
  response: z.object({
    /** `models` when the server listed them, `completion` when only a one-token request worked. */
    method: z.enum(['models', 'completion']),
    models: z.array(z.string()),
    modelAvailable: z.boolean().nullable(),
  }),
  trust: 'extension',
});
