import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../utils/settings/defaults';
import { migrateSettings, validateSettings } from '../../../utils/settings/migrations';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from '../../../utils/settings/schema';

// Settings are read from storage a user, an older version or an import may have filled with
// anything: each case gets valid settings and, where something was dropped, a sentence saying so.

const defaults = defaultSettings('en-US');
const customProvider = { ...defaults.provider, preset: 'custom' as const, baseUrl: 'http://localhost:8080/v1', model: 'qwen2.5-7b' };

describe('defaults', () => {
  it('are valid settings', () => {
    expect(SettingsSchema.safeParse(defaults).success).toBe(true);
  });

  it("follow the browser's language", () => {
    expect(defaultSettings('fr-FR').languages).toMatchObject({ mine: 'fr', target: 'fr', second: 'en' });
    expect(defaultSettings('xx-unknown').languages.mine).toBe('en');
  });
});

describe('validateSettings (what the user saves)', () => {
  it.each([
    ['provider.baseUrl', (s: Settings) => ({ ...s, provider: { ...s.provider, baseUrl: 'not a url' } }), 'That is not a URL'],
    ['provider.baseUrl', (s: Settings) => ({ ...s, provider: { ...s.provider, baseUrl: 'ftp://files.example.com' } }), 'must start with http'],
    ['provider.baseUrl', (s: Settings) => ({ ...s, provider: { ...s.provider, baseUrl: '   ' } }), 'Enter the base URL'],
    ['provider.model', (s: Settings) => ({ ...s, provider: { ...s.provider, model: '' } }), 'Choose a model'],
    ['generation.chat.temperature', (s: Settings) => ({ ...s, generation: { ...s.generation, chat: { ...s.generation.chat, temperature: 3 } } }), 'between 0 and 2'],
    ['request.maxConcurrent', (s: Settings) => ({ ...s, request: { ...s.request, maxConcurrent: 0 } }), ''],
    ['request.timeoutSeconds', (s: Settings) => ({ ...s, request: { ...s.request, timeoutSeconds: 2 } }), ''],
  ])('refuses a bad %s with a message naming it', (field, change, words) => {
    const result = validateSettings(change(defaults));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(`${field}:`);
      expect(result.message).toContain(words);
    }
  });

  it.each(['https://api.deepseek.com', 'http://localhost:11434/v1/', 'https://generativelanguage.googleapis.com/v1beta/openai/'])(
    'accepts the base URL %s (with or without /v1 or a trailing slash)',
    (baseUrl) => {
      expect(validateSettings({ ...defaults, provider: { ...defaults.provider, baseUrl } }).ok).toBe(true);
    },
  );
});

describe('migrateSettings (what storage holds)', () => {
  it('gives the defaults, silently, when nothing is stored', () => {
    expect(migrateSettings(undefined, 'en-US')).toEqual({ settings: defaults, problems: [] });
  });

  it('upgrades the version-0 flat shape, keeping every value', () => {
    const { settings, problems } = migrateSettings({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', targetLanguage: 'de', temperature: 0.4 }, 'en-US');
    expect(problems).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.provider).toMatchObject({ preset: 'custom', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' });
    expect(settings.languages.target).toBe('de');
    expect(settings.generation.translate.temperature).toBe(0.4);
  });

  it('resets a corrupted section alone and says which', () => {
    const stored = { ...defaults, provider: customProvider, request: { ...defaults.request, maxConcurrent: 'many' } };
    const { settings, problems } = migrateSettings(stored, 'en-US');
    expect(settings.provider).toEqual(customProvider);
    expect(settings.request).toEqual(defaults.request);
    expect(problems).toEqual([expect.stringMatching(/^The "request" settings were invalid and were reset: maxConcurrent: /)]);
  });

  it('fills a section a newer version added, keeping the rest', () => {
    const { routing: _routing, ...olderV1 } = { ...defaults, provider: customProvider };
    const { settings, problems } = migrateSettings(olderV1, 'en-US');
    expect(problems).toEqual([]);
    expect(settings.routing).toEqual(defaults.routing);
    expect(settings.provider).toEqual(customProvider);
  });

  it('refuses settings from a newer Parley instead of misreading them', () => {
    const { settings, problems } = migrateSettings({ ...defaults, version: SETTINGS_VERSION + 1, provider: customProvider }, 'en-US');
    expect(settings).toEqual(defaults);
    expect(problems).toEqual(['Saved settings come from a newer Parley and were not read.']);
  });

  it.each([['a string', 'garbage'], ['an array', [1, 2]], ['a number', 42]])('resets %s and says so', (_case, raw) => {
    const { settings, problems } = migrateSettings(raw, 'en-US');
    expect(settings).toEqual(defaults);
    expect(problems).toHaveLength(1);
  });

  it('drops unknown fields and cannot be used to pollute prototypes', () => {
    const raw = JSON.parse(
      JSON.stringify({ ...defaults, provider: customProvider, extra: 'x' }).replace('"provider":{', '"provider":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},'),
    ) as unknown;
    const { settings, problems } = migrateSettings(raw, 'en-US');
    expect(problems).toEqual([]);
    expect(settings.provider).toEqual(customProvider);
    expect(settings).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(settings.provider).sort()).toEqual(Object.keys(customProvider).sort());
  });
});
