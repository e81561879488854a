import { closestLanguage, type LanguageCode } from '../languages/languages';
import { presetById } from './presets';
import { DEFAULT_WORDING } from '../wording/schema';
import { SETTINGS_VERSION, type GenerationParams, type Settings } from './schema';

const NO_EXTRA_PARAMS = { maxTokens: null, topP: null, frequencyPenalty: null, presencePenalty: null, stop: [], n: 1 };

/** Translation wants faithful, repeatable output; chat and replies want some variety. */
const GENERATION_DEFAULTS: Settings['generation'] = {
  translate: { temperature: 0.2, ...NO_EXTRA_PARAMS },
  chat: { temperature: 0.7, ...NO_EXTRA_PARAMS },
  replies: { temperature: 0.7, ...NO_EXTRA_PARAMS, maxTokens: 1500 },
} satisfies Record<string, GenerationParams>;

export function defaultSettings(uiLanguage: string | undefined): Settings {
  const mine: LanguageCode = closestLanguage(uiLanguage) ?? 'en';
  const openai = presetById('openai');
  return {
    version: SETTINGS_VERSION,
    provider: {
      preset: openai.id,
      baseUrl: openai.baseUrl,
      model: openai.models[0] ?? 'gpt-4o-mini',
      apiStyle: 'chat',
      azureApiVersion: '2024-10-21',
    },
    generation: GENERATION_DEFAULTS,
    request: { timeoutSeconds: 60, maxRetries: 2, maxConcurrent: 4, requestsPerSecond: 5 },
    languages: { mine, target: mine, second: mine === 'en' ? 'zh-CN' : 'en' },
    translate: { showButtonOnSelect: false, deviceFallback: true },
    replies: { name: '', role: '', writingStyle: '', signature: '', tone: 'neutral', length: 'medium' },
    routing: { translate: 'builtin-first', chat: 'provider', replies: 'provider' },
    ui: { theme: 'system' },
    features: { chat: true, replies: true, pageTranslate: true, onDevice: true },
    chatHistory: { keepDays: null },
    wording: DEFAULT_WORDING,
    pageTranslate: { display: 'bilingual', style: 'plain', alwaysSites: [], neverSites: [] },
  };
}
