import { z } from 'zod';
import { defaultSettings } from './defaults';
import { SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';
import { t } from '../i18n/t';

/** Version 0 is the pre-release flat shape, still in the storage of early testers. */
const SettingsV0Schema = z.object({
  baseUrl: z.string().optional(),
  model: z.string().optional(),
  targetLanguage: z.string().optional(),
  temperature: z.number().optional(),
});

function migrateFromV0(raw: unknown, defaults: Settings): Record<string, unknown> {
  const old = SettingsV0Schema.safeParse(raw);
  if (!old.success) return { ...defaults };
  const { baseUrl, model, targetLanguage, temperature } = old.data;
  return {
    ...defaults,
    provider: {
      ...defaults.provider,
      preset: baseUrl && baseUrl !== defaults.provider.baseUrl ? 'custom' : defaults.provider.preset,
      baseUrl: baseUrl ?? defaults.provider.baseUrl,
      model: model ?? defaults.provider.model,
    },
    languages: { ...defaults.languages, target: targetLanguage ?? defaults.languages.target },
    generation: {
      ...defaults.generation,
      translate: { ...defaults.generation.translate, temperature: temperature ?? defaults.generation.translate.temperature },
    },
  };
}

export interface LoadedSettings {
  settings: Settings;
  /** Sections that were unreadable and were reset to their defaults, said in words. */
  problems: string[];
}

/**
 * Reads whatever storage holds (nothing, an old version, a corrupted or hand-edited object)
 * into valid settings. A bad section falls back to its defaults alone, so one broken value
 * does not wipe the user's provider.
 */
export function migrateSettings(raw: unknown, uiLanguage: string | undefined): LoadedSettings {
  const defaults = defaultSettings(uiLanguage);
  if (raw === undefined || raw === null) return { settings: defaults, problems: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: defaults, problems: ['Saved settings were unreadable and were reset to the defaults.'] };
  }
  const record = raw as Record<string, unknown>;
  const upgraded = record.version === undefined ? migrateFromV0(raw, defaults) : record;
  if (typeof upgraded.version === 'number' && upgraded.version > SETTINGS_VERSION) {
    return { settings: defaults, problems: ['Saved settings come from a newer Parley and were not read.'] };
  }
  const problems: string[] = [];
  const sections = Object.keys(SettingsSchema.shape).filter((key) => key !== 'version') as Array<Exclude<keyof Settings, 'version'>>;
  const merged: Record<string, unknown> = { version: SETTINGS_VERSION };
  for (const key of sections) {
    const sectionSchema = SettingsSchema.shape[key];
    const candidate = mergeDefaults(defaults[key], upgraded[key]);
    const parsed = sectionSchema.safeParse(candidate);
    if (parsed.success) {
      merged[key] = parsed.data;
    } else {
      merged[key] = defaults[key];
      problems.push(t('optionsSectionReset', [key, describeIssues(parsed.error)]));
    }
  }
  return { settings: SettingsSchema.parse(merged), problems };
}

/** Fills fields a newer version added with their defaults, keeping every value the user set. */
function mergeDefaults(defaults: unknown, stored: unknown): unknown {
  if (stored === undefined) return defaults;
  if (!isPlainObject(defaults) || !isPlainObject(stored)) return stored;
  const result: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(stored)) {
    if (key in defaults) result[key] = mergeDefaults(defaults[key], value);
  }
  return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

/** Validates settings a user is about to save; the message names each bad field. */
export function validateSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; message: string } {
  const parsed = SettingsSchema.safeParse(input);
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
}
