import { mergeHeaders } from '../settings/headers';
import { SettingsSchema, type Settings } from '../settings/schema';
import { SETTING_FIELDS, SETTING_KEYS, type LockableKey, type SettingKey } from './fields';
import type { ManagedPolicy } from './policy';

export function isLocked(policy: ManagedPolicy, key: LockableKey): boolean {
  return policy.locked.includes(key);
}

/** Only a model from the organisation's list: the chosen one if allowed, else its default. */
function restrictModel(settings: Settings, policy: ManagedPolicy): Settings {
  if (policy.models.length === 0 || policy.models.includes(settings.provider.model)) return settings;
  const managedModel = policy.settings.model;
  const fallback = typeof managedModel === 'string' && policy.models.includes(managedModel) ? managedModel : policy.models[0];
  return fallback === undefined ? settings : { ...settings, provider: { ...settings.provider, model: fallback } };
}

export function isAllowedModel(policy: ManagedPolicy, model: string): boolean {
  return policy.models.length === 0 || policy.models.includes(model);
}

/**
 * The settings Parley runs with: a locked value always comes from the policy; an unlocked one is
 * the organisation's default until the user saves a different value (`overridden`). The result
 * is checked by the settings' own schema; a combination it refuses leaves the stored settings.
 */
export function applyPolicy(stored: Settings, policy: ManagedPolicy, overridden: readonly SettingKey[]): Settings {
  let result = stored;
  for (const key of SETTING_KEYS) {
    const value = policy.settings[key];
    if (value === undefined) continue;
    if (isLocked(policy, key) || !overridden.includes(key)) result = SETTING_FIELDS[key].write(result, value);
  }
  const checked = SettingsSchema.safeParse(restrictModel(result, policy));
  return checked.success ? checked.data : stored;
}

/**
 * What a save may store: locked keys keep the policy's value, or, locked without a value, the
 * value saved before. Whoever sends the save (a page, a backup import) cannot get around a lock.
 */
export function enforceLocks(input: Settings, previous: Settings, policy: ManagedPolicy): Settings {
  let result = input;
  for (const key of SETTING_KEYS) {
    if (!isLocked(policy, key)) continue;
    const value = policy.settings[key] ?? SETTING_FIELDS[key].read(previous);
    result = SETTING_FIELDS[key].write(result, value);
  }
  return restrictModel(result, policy);
}

/** The unlocked managed keys where the user saved a value of their own (kept across reads). */
export function userOverrides(saved: Settings, policy: ManagedPolicy): SettingKey[] {
  return SETTING_KEYS.filter((key) => {
    const value = policy.settings[key];
    if (value === undefined || isLocked(policy, key)) return false;
    return JSON.stringify(SETTING_FIELDS[key].write(saved, value)) !== JSON.stringify(saved);
  });
}

export interface Credentials {
  apiKey: string;
  headers: Record<string, string>;
}

/** The key and headers sent to the provider: the user's own unless the policy locks them. */
export function effectiveCredentials(user: Credentials, policy: ManagedPolicy): Credentials {
  const apiKey = isLocked(policy, 'apiKey') ? (policy.apiKey ?? '') : user.apiKey || policy.apiKey || '';
  const headers = isLocked(policy, 'headers') ? policy.headers : mergeHeaders(policy.headers, user.headers);
  return { apiKey, headers };
}
