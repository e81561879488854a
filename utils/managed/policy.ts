import { z } from 'zod';
import { describeIssues } from '../settings/migrations';
import { t } from '../i18n/t';
import { LOCKABLE_KEYS, POLICY_KEYS, SECRET_FIELDS, SETTING_FIELDS, SETTING_KEYS, type LockableKey, type PolicyKey, type SettingKey } from './fields';

/** What an organisation's policy validly says; anything invalid is left out and reported. */
export interface ManagedPolicy {
  settings: Partial<Record<SettingKey, unknown>>;
  apiKey?: string;
  headers: Record<string, string>;
  models: string[];
  locked: LockableKey[];
}

export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** One line per ignored value, in the user's language, for the options page. */
  problems: string[];
}

export const EMPTY_POLICY: ManagedPolicy = { settings: {}, headers: {}, models: [], locked: [] };

const LockedSchema = z.array(z.enum(LOCKABLE_KEYS));

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(key: string, reason: string): string {
  return t('managedSettingInvalid', [key, reason]);
}

/**
 * Reads storage.managed as the browser gives it. Each key is checked alone with the settings'
 * own schema, so one mistyped value costs that value only, never the policy or the extension.
 */
export function parsePolicy(raw: unknown): ParsedPolicy {
  if (raw === undefined || raw === null) return { policy: EMPTY_POLICY, problems: [] };
  if (!isPlainObject(raw)) return { policy: EMPTY_POLICY, problems: [invalid('(policy)', t('managedNotAnObject'))] };
  const problems: string[] = [];
  const policy: ManagedPolicy = { settings: {}, headers: {}, models: [], locked: [] };

  for (const key of SETTING_KEYS) {
    if (raw[key] === undefined) continue;
    const parsed = SETTING_FIELDS[key].schema.safeParse(raw[key]);
    if (parsed.success) policy.settings[key] = parsed.data;
    else problems.push(invalid(key, describeIssues(parsed.error)));
  }
  // Never quote a secret back in a problem line: the reason names the rule, not the content.
  if (raw.apiKey !== undefined) {
    const apiKey = SECRET_FIELDS.apiKey.safeParse(raw.apiKey);
    if (apiKey.success) policy.apiKey = apiKey.data;
    else problems.push(invalid('apiKey', t('managedSecretInvalid')));
  }
  if (raw.headers !== undefined) {
    const headers = SECRET_FIELDS.headers.safeParse(raw.headers);
    if (headers.success) policy.headers = headers.data;
    else problems.push(invalid('headers', t('managedSecretInvalid')));
  }
  if (raw.models !== undefined) {
    const models = SECRET_FIELDS.models.safeParse(raw.models);
    if (models.success) policy.models = models.data;
    else problems.push(invalid('models', describeIssues(models.error)));
  }
  if (raw.locked !== undefined) {
    const parsed = LockedSchema.safeParse(raw.locked);
    if (parsed.success) policy.locked = [...new Set(parsed.data)];
    else problems.push(invalid('locked', describeIssues(parsed.error)));
  }
  for (const key of Object.keys(raw)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) problems.push(invalid(key, t('managedUnknownKey')));
  }
  return { policy, problems };
}

/** Policy keys that carry a value (for "Set by your organisation" on unlocked defaults too). */
export function policyKeysSet(policy: ManagedPolicy): PolicyKey[] {
  const keys: PolicyKey[] = Object.keys(policy.settings) as SettingKey[];
  if (policy.apiKey) keys.push('apiKey');
  if (Object.keys(policy.headers).length > 0) keys.push('headers');
  if (policy.models.length > 0) keys.push('models');
  return keys;
}
