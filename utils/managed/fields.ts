import { z } from 'zod';
import { HeaderNameSchema, HeaderValueSchema } from '../settings/headers';
import { FeatureSwitchesSchema, LanguageCodeSchema, ProviderSettingsSchema, SettingsSchema, type Settings } from '../settings/schema';
import { TermEntrySchema, TermListSchema } from '../terms/schema';

/**
 * The settings an organisation can set, each with the same zod schema the settings use and the
 * way its value lands in Settings. One row per policy key: public/schema.json (Chrome) and the
 * README's samples name the same keys, and a unit test keeps them in step.
 */
interface SettingField {
  schema: z.ZodType;
  /** Writes a policy value (checked again by the schema) into settings. */
  write: (settings: Settings, raw: unknown) => Settings;
  /** The part of settings this key governs, to compare and to carry over. */
  read: (settings: Settings) => unknown;
}

function field<T>(schema: z.ZodType<T>, read: (settings: Settings) => unknown, write: (settings: Settings, value: T) => Settings): SettingField {
  return { schema, read, write: (settings, raw) => write(settings, schema.parse(raw)) };
}

const provider = ProviderSettingsSchema.shape;

/**
 * An organisation's terms list. Chrome's policy schema has no null, so the languages and flags may
 * be left out: an entry is then for any language pair, translated (not kept) and case-insensitive.
 */
const PolicyTermsSchema = z
  .array(
    TermEntrySchema.extend({
      target: TermEntrySchema.shape.target.default(''),
      keep: z.boolean().default(false),
      caseSensitive: z.boolean().default(false),
      sourceLanguage: LanguageCodeSchema.nullish().transform((code) => code ?? null),
      targetLanguage: LanguageCodeSchema.nullish().transform((code) => code ?? null),
    }).refine((entry) => entry.keep || entry.target.length > 0, { error: 'an entry needs a "target" or "keep": true' }),
  )
  .pipe(TermListSchema);

/** Admins write -1 for "keep until the user deletes it": Chrome's policy schema has no null. */
const HistoryDaysSchema = z.number().int().min(-1).max(3650);

export const SETTING_FIELDS = {
  preset: field(provider.preset, (s) => s.provider.preset, (s, preset) => ({ ...s, provider: { ...s.provider, preset } })),
  baseUrl: field(provider.baseUrl, (s) => s.provider.baseUrl, (s, baseUrl) => ({ ...s, provider: { ...s.provider, baseUrl } })),
  apiStyle: field(provider.apiStyle, (s) => s.provider.apiStyle, (s, apiStyle) => ({ ...s, provider: { ...s.provider, apiStyle } })),
  azureApiVersion: field(provider.azureApiVersion, (s) => s.provider.azureApiVersion, (s, azureApiVersion) => ({ ...s, provider: { ...s.provider, azureApiVersion } })),
  model: field(provider.model, (s) => s.provider.model, (s, model) => ({ ...s, provider: { ...s.provider, model } })),
  features: field(FeatureSwitchesSchema.partial().strict(), (s) => s.features, (s, features) => ({ ...s, features: { ...s.features, ...features } })),
  languages: field(
    z.object({ mine: LanguageCodeSchema, target: LanguageCodeSchema, second: LanguageCodeSchema }).partial().strict(),
    (s) => s.languages,
    (s, languages) => ({ ...s, languages: { ...s.languages, ...languages } }),
  ),
  terms: field(PolicyTermsSchema, (s) => s.wording.terms, (s, terms) => ({ ...s, wording: { ...s.wording, terms } })),
  chatHistoryDays: field(HistoryDaysSchema, (s) => s.chatHistory.keepDays ?? -1, (s, days) => ({
    ...s,
    chatHistory: SettingsSchema.shape.chatHistory.parse({ keepDays: days < 0 ? null : days }),
  })),
} satisfies Record<string, SettingField>;
export type SettingKey = keyof typeof SETTING_FIELDS;
export const SETTING_KEYS = Object.keys(SETTING_FIELDS) as SettingKey[];

/** Keys that are no setting of Settings: the secrets, the model list, the lock list itself. */
export const SECRET_FIELDS = {
  apiKey: z.string().trim().min(1).max(1000),
  headers: z.record(HeaderNameSchema, HeaderValueSchema),
  /** The models users may pick; the first is the default when `model` is not set. */
  models: z.array(provider.model).min(1).max(100),
};

export const LOCKABLE_KEYS = [...SETTING_KEYS, 'apiKey', 'headers'] as const;
export type LockableKey = (typeof LOCKABLE_KEYS)[number];
export const POLICY_KEYS = [...SETTING_KEYS, ...(Object.keys(SECRET_FIELDS) as Array<keyof typeof SECRET_FIELDS>), 'locked'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];
