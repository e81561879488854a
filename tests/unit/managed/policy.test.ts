import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../utils/managed/policy';
import { POLICY_KEYS } from '../../../utils/managed/fields';
import managedSchema from '../../../public/schema.json';
import { applyPolicy } from '../../../utils/managed/apply';
import { defaultSettings } from '../../../utils/settings/defaults';

describe('reading an organisation policy', () => {
  it('keeps every valid value, checked by the settings schema', () => {
    const { policy, problems } = parsePolicy({
      preset: 'custom',
      baseUrl: 'https://llm-gateway.example.com/v1',
      model: 'gpt-4o-mini',
      models: ['gpt-4o-mini', 'gpt-4o'],
      headers: { 'X-Gateway-Team': 'legal' },
      features: { chat: false },
      languages: { target: 'de' },
      chatHistoryDays: 30,
      locked: ['baseUrl', 'features'],
    });
    expect(problems).toEqual([]);
    expect(policy.settings).toEqual({
      preset: 'custom',
      baseUrl: 'https://llm-gateway.example.com/v1',
      model: 'gpt-4o-mini',
      features: { chat: false },
      languages: { target: 'de' },
      chatHistoryDays: 30,
    });
    expect(policy.headers).toEqual({ 'X-Gateway-Team': 'legal' });
    expect(policy.locked).toEqual(['baseUrl', 'features']);
  });

  it('ignores an invalid value with a line naming the setting, and keeps the rest', () => {
    const { policy, problems } = parsePolicy({ baseUrl: 'ftp://files.example.com', model: 'gpt-4o', languages: { target: 'klingon' } });
    expect(policy.settings).toEqual({ model: 'gpt-4o' });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^Your organisation's setting baseUrl is invalid and was ignored: .+/);
    expect(problems[1]).toMatch(/^Your organisation's setting languages is invalid/);
  });

  it('never quotes a secret back when it is invalid', () => {
    const { policy, problems } = parsePolicy({ apiKey: 42, headers: { 'X-Key': 'sk-secret\r\nInjected: 1' } });
    expect(policy.apiKey).toBeUndefined();
    expect(policy.headers).toEqual({});
    expect(problems.join(' ')).toMatch(/apiKey is invalid/);
    expect(problems.join(' ')).not.toContain('sk-secret');
  });

  it('reports an unknown key and a lock on a setting that does not exist', () => {
    const { policy, problems } = parsePolicy({ baseURL: 'https://typo.example.com', locked: ['baseUrl', 'everything'] });
    expect(policy.locked).toEqual([]);
    expect(problems.some((line) => line.includes('baseURL') && line.includes('no such setting'))).toBe(true);
    expect(problems.some((line) => line.includes('setting locked is invalid'))).toBe(true);
  });

  it('treats a policy that is not an object as no policy, with one line', () => {
    expect(parsePolicy('baseUrl=https://x').problems).toHaveLength(1);
    expect(parsePolicy(undefined)).toEqual({ policy: expect.objectContaining({ settings: {} }), problems: [] });
  });

  it('public/schema.json (Chrome) declares exactly the keys Parley reads', () => {
    expect(Object.keys(managedSchema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it("puts the organisation's terms into the settings, filling what Chrome's schema cannot say (null languages)", () => {
    const { policy, problems } = parsePolicy({
      terms: [
        { source: 'Acme Cloud', keep: true },
        { source: 'invoice', target: 'facture', targetLanguage: 'fr', caseSensitive: true },
      ],
    });
    expect(problems).toEqual([]);
    const settings = applyPolicy(defaultSettings('en'), policy, []);
    expect(settings.wording.terms).toEqual([
      { source: 'Acme Cloud', target: '', keep: true, caseSensitive: false, sourceLanguage: null, targetLanguage: null },
      { source: 'invoice', target: 'facture', keep: false, caseSensitive: true, sourceLanguage: null, targetLanguage: 'fr' },
    ]);
  });

  it('ignores a terms list with an entry that says neither a translation nor keep', () => {
    const { policy, problems } = parsePolicy({ terms: [{ source: 'invoice' }], model: 'gpt-4o' });
    expect(policy.settings).toEqual({ model: 'gpt-4o' });
    expect(problems[0]).toMatch(/^Your organisation's setting terms is invalid and was ignored: /);
  });
});
