import { describe, expect, it } from 'vitest';
import { applyPolicy, effectiveCredentials, enforceLocks, userOverrides } from '../../../utils/managed/apply';
import { parsePolicy } from '../../../utils/managed/policy';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/settings/schema';

const GATEWAY = 'https://llm-gateway.example.com/v1';

function stored(): Settings {
  const defaults = defaultSettings('en-US');
  return { ...defaults, provider: { ...defaults.provider, preset: 'custom', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' } };
}

describe('managed values over stored ones', () => {
  it('a managed value replaces the stored one when the user never chose another', () => {
    const { policy } = parsePolicy({ baseUrl: GATEWAY, languages: { target: 'de' } });
    const settings = applyPolicy(stored(), policy, []);
    expect(settings.provider.baseUrl).toBe(GATEWAY);
    expect(settings.languages.target).toBe('de');
    expect(settings.languages.mine).toBe('en');
  });

  it('an unlocked managed value is a default: the user’s own saved choice wins', () => {
    const { policy } = parsePolicy({ languages: { target: 'de' } });
    expect(applyPolicy(stored(), policy, ['languages']).languages.target).toBe('en');
  });

  it('a locked value wins even over the user’s own saved choice', () => {
    const { policy } = parsePolicy({ baseUrl: GATEWAY, locked: ['baseUrl'] });
    expect(applyPolicy(stored(), policy, ['baseUrl']).provider.baseUrl).toBe(GATEWAY);
  });

  it('turns features off and keeps chat history for the days the policy says, -1 meaning until deleted', () => {
    const { policy } = parsePolicy({ features: { chat: false, onDevice: false }, chatHistoryDays: 0 });
    const settings = applyPolicy(stored(), policy, []);
    expect(settings.features).toEqual({ chat: false, replies: true, pageTranslate: true, onDevice: false });
    expect(settings.chatHistory.keepDays).toBe(0);
    expect(applyPolicy(stored(), parsePolicy({ chatHistoryDays: -1 }).policy, []).chatHistory.keepDays).toBeNull();
  });

  it('keeps the model within the organisation’s list', () => {
    const { policy } = parsePolicy({ models: ['gpt-4o-mini', 'gpt-4o'], model: 'gpt-4o' });
    expect(applyPolicy(stored(), policy, ['model']).provider.model).toBe('gpt-4o');
  });
});

describe('saving under a policy', () => {
  it('a locked value cannot be saved over: the policy’s value is what gets stored', () => {
    const { policy } = parsePolicy({ baseUrl: GATEWAY, locked: ['baseUrl'] });
    const attempt = { ...stored(), provider: { ...stored().provider, baseUrl: 'https://evil.example.net/v1' } };
    expect(enforceLocks(attempt, stored(), policy).provider.baseUrl).toBe(GATEWAY);
  });

  it('a locked key without a value keeps what was saved before', () => {
    const { policy } = parsePolicy({ locked: ['languages'] });
    const attempt = { ...stored(), languages: { mine: 'fr', target: 'fr', second: 'en' } } satisfies Settings;
    expect(enforceLocks(attempt, stored(), policy).languages).toEqual(stored().languages);
  });

  it('records as the user’s own only the unlocked values that differ from the policy', () => {
    const { policy } = parsePolicy({ baseUrl: GATEWAY, model: 'gpt-4o', locked: ['model'] });
    const saved = { ...stored(), provider: { ...stored().provider, baseUrl: GATEWAY, model: 'other' } };
    expect(userOverrides(saved, policy)).toEqual([]);
    expect(userOverrides(stored(), policy)).toEqual(['baseUrl']);
  });
});

describe('key and headers under a policy', () => {
  it('the policy’s key serves when the user has none, and a locked one always', () => {
    expect(effectiveCredentials({ apiKey: '', headers: {} }, parsePolicy({ apiKey: 'sk-org' }).policy).apiKey).toBe('sk-org');
    expect(effectiveCredentials({ apiKey: 'sk-mine', headers: {} }, parsePolicy({ apiKey: 'sk-org' }).policy).apiKey).toBe('sk-mine');
    expect(effectiveCredentials({ apiKey: 'sk-mine', headers: {} }, parsePolicy({ apiKey: 'sk-org', locked: ['apiKey'] }).policy).apiKey).toBe('sk-org');
  });

  it('merges headers case-insensitively; locked headers ignore the user’s', () => {
    const user = { apiKey: '', headers: { 'x-title': 'Mine', 'HTTP-Referer': 'https://me.example' } };
    expect(effectiveCredentials(user, parsePolicy({ headers: { 'X-Title': 'Org' } }).policy).headers).toEqual({ 'x-title': 'Mine', 'HTTP-Referer': 'https://me.example' });
    expect(effectiveCredentials(user, parsePolicy({ headers: { 'X-Title': 'Org' }, locked: ['headers'] }).policy).headers).toEqual({ 'X-Title': 'Org' });
  });
});
