import { z } from 'zod';
import { t } from '../i18n/t';
// Messages are functions: they are read in the user's language when a value is checked, not at import.
import { LANGUAGE_CODES } from '../languages/languages';
import { PROVIDER_PRESET_IDS } from './presets';
import { WordingSettingsSchema } from '../wording/schema';

export const SETTINGS_VERSION = 1;

export const BaseUrlSchema = z
  .string()
  .trim()
  .min(1, { error: () => t('settingsErrorBaseUrlEmpty') })
  .refine((value) => URL.canParse(value), { error: () => t('settingsErrorBaseUrlInvalid'), abort: true })
  .refine((value) => /^https?:$/.test(new URL(value).protocol), { error: () => t('settingsErrorBaseUrlProtocol') });

export const GenerationParamsSchema = z.object({
  temperature: z
    .number()
    .min(0, { error: () => t('settingsErrorTemperature') })
    .max(2, { error: () => t('settingsErrorTemperature') }),
  maxTokens: z.number().int().min(1).max(1_000_000).nullable(),
  topP: z.number().min(0).max(1).nullable(),
  frequencyPenalty: z.number().min(-2).max(2).nullable(),
  presencePenalty: z.number().min(-2).max(2).nullable(),
  stop: z.array(z.string().min(1)).max(4, { error: () => t('settingsErrorStopSequences') }),
  /** Several answers in one request, sent only to servers that accept it (see presetSupportsN). */
  n: z.number().int().min(1).max(8),
});
export type GenerationParams = z.infer<typeof GenerationParamsSchema>;

export const FEATURES = ['translate', 'chat', 'replies'] as const;
export const FeatureSchema = z.enum(FEATURES);
export type Feature = z.infer<typeof FeatureSchema>;

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES);

export const ProviderSettingsSchema = z.object({
  preset: z.enum(PROVIDER_PRESET_IDS),
  baseUrl: BaseUrlSchema,
  model: z.string().trim().min(1, { error: () => t('settingsErrorModel') }),
  /** Chat Completions is what every compatible server speaks; legacy Completions for servers that only offer /completions. */
  apiStyle: z.enum(['chat', 'completions']),
  /** Only for Azure OpenAI, which names the API version in every request. */
  azureApiVersion: z.string().min(1),
});
export type ProviderSettings = z.infer<typeof ProviderSettingsSchema>;

export const FeatureSwitchesSchema = z.object({
  chat: z.boolean(),
  replies: z.boolean(),
  /** Whole-page translation: the switch exists before the feature, so a policy can be written for it now. */
  pageTranslate: z.boolean(),
  /** The browser's on-device models; off routes every feature to the provider. */
  onDevice: z.boolean(),
});
export type FeatureSwitches = z.infer<typeof FeatureSwitchesSchema>;

/** Where each feature runs: the browser's on-device model or the user's provider. */
export const RoutingSchema = z.enum(['builtin-first', 'provider', 'builtin']);

/** Whole-page translation: how translations look, and the sites the user decided about. */
export const PageTranslateSettingsSchema = z.object({
  /** Bilingual keeps the original with its translation beneath; translation-only swaps the text. */
  display: z.enum(['bilingual', 'translation-only']),
  style: z.enum(['plain', 'dimmed', 'underlined', 'side-bar']),
  /** Origins ("https://example.com") translated on load, each with its own host permission. */
  alwaysSites: z.array(z.string().max(300)).max(500),
  /** Origins never translated on load, and where starting asks first. */
  neverSites: z.array(z.string().max(300)).max(500),
});
export type PageTranslateSettings = z.infer<typeof PageTranslateSettingsSchema>;

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  provider: ProviderSettingsSchema,
  generation: z.object({
    translate: GenerationParamsSchema,
    chat: GenerationParamsSchema,
    replies: GenerationParamsSchema,
  }),
  request: z.object({
    timeoutSeconds: z.number().int().min(5).max(600),
    maxRetries: z.number().int().min(0).max(6),
    maxConcurrent: z.number().int().min(1).max(32),
    requestsPerSecond: z.number().min(0.1).max(100),
  }),
  languages: z.object({
    /** The user's own language: glosses and explanations are written in it. */
    mine: LanguageCodeSchema,
    /** Where translations go by default. */
    target: LanguageCodeSchema,
    /** Used when the text already is in the target language, as DeepL does. */
    second: LanguageCodeSchema,
  }),
  translate: z.object({
    showButtonOnSelect: z.boolean(),
    /** When the provider fails a translation after its retries, the on-device translator serves it (if it can now). */
    deviceFallback: z.boolean(),
  }),
  replies: z.object({
    name: z.string().max(200),
    role: z.string().max(300),
    writingStyle: z.string().max(1000),
    signature: z.string().max(1000),
    tone: z.enum(['formal', 'neutral', 'friendly']),
    length: z.enum(['short', 'medium', 'detailed']),
  }),
  routing: z.object({
    translate: RoutingSchema,
    chat: RoutingSchema,
    replies: RoutingSchema,
  }),
  ui: z.object({
    theme: z.enum(['system', 'light', 'dark']),
  }),
  /** Which flows are on; an organisation's policy can turn them off (utils/managed/). */
  features: FeatureSwitchesSchema,
  chatHistory: z.object({
    /** Days a conversation is kept after its last message; null keeps it until deleted, 0 keeps none. */
    keepDays: z.number().int().min(0).max(3650).nullable(),
  }),
  wording: WordingSettingsSchema,
  pageTranslate: PageTranslateSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;
