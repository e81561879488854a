/** Providers users plug in. The base URL and models are suggestions the user can change. */
export const PROVIDER_PRESETS = [
  { id: 'openai', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', models: ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4o', 'gpt-4.1'], keyRequired: true },
  {
    id: 'azure',
    label: 'Azure OpenAI',
    baseUrl: 'https://YOUR-RESOURCE.openai.azure.com',
    models: ['YOUR-DEPLOYMENT'],
    keyRequired: true,
  },
  { id: 'deepseek', label: 'DeepSeek', baseUrl: 'https://api.deepseek.com', models: ['deepseek-chat', 'deepseek-reasoner'], keyRequired: true },
  {
    id: 'openrouter',
    label: 'OpenRouter',
    baseUrl: 'https://openrouter.ai/api/v1',
    models: ['openai/gpt-4o-mini', 'anthropic/claude-3.5-haiku', 'google/gemini-2.0-flash-001'],
    keyRequired: true,
  },
  { id: 'groq', label: 'Groq', baseUrl: 'https://api.groq.com/openai/v1', models: ['llama-3.3-70b-versatile', 'llama-3.1-8b-instant'], keyRequired: true },
  {
    id: 'gemini',
    label: 'Google Gemini',
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta/openai/',
    models: ['gemini-2.0-flash', 'gemini-2.5-flash'],
    keyRequired: true,
  },
  { id: 'ollama', label: 'Ollama (local)', baseUrl: 'http://localhost:11434/v1', models: ['llama3.2', 'qwen2.5'], keyRequired: false },
  { id: 'lmstudio', label: 'LM Studio (local)', baseUrl: 'http://localhost:1234/v1', models: [], keyRequired: false },
  { id: 'custom', label: 'Custom (any OpenAI-compatible server)', baseUrl: '', models: [], keyRequired: false },
] as const;

export type ProviderPresetId = (typeof PROVIDER_PRESETS)[number]['id'];
export type ProviderPreset = (typeof PROVIDER_PRESETS)[number];

export const PROVIDER_PRESET_IDS = PROVIDER_PRESETS.map((preset) => preset.id) as [ProviderPresetId, ...ProviderPresetId[]];

export function presetById(id: ProviderPresetId): ProviderPreset {
  const preset = PROVIDER_PRESETS.find((candidate) => candidate.id === id);
  if (!preset) throw new Error(`Unknown provider preset ${id}`);
  return preset;
}

/** Servers that reject or ignore `n > 1` (Groq says so in its docs); replies ask for a JSON list instead. */
export function presetSupportsN(id: ProviderPresetId): boolean {
  return id === 'openai' || id === 'azure' || id === 'custom';
}
