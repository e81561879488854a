import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, parseBackup, serializeBackup } from '../../../utils/settings/backup';
import { defaultSettings } from '../../../utils/settings/defaults';

const NOW = new Date('2026-11-26T06:00:00Z');
const settings = {
  ...defaultSettings('en-US'),
  provider: { ...defaultSettings('en-US').provider, preset: 'custom' as const, baseUrl: 'https://llm.example.org/v1', model: 'qwen3-32b' },
  languages: { mine: 'de' as const, target: 'ja' as const, second: 'en' as const },
};

describe('settings backup files', () => {
  it('round-trips the settings without a key unless one is given', () => {
    const text = serializeBackup(settings, undefined, NOW);
    expect(text).not.toContain('apiKey');
    expect(parseBackup(text, 'en-US')).toEqual({ ok: true, settings, apiKey: undefined });
  });

  it('carries the key when the user included it', () => {
    const text = serializeBackup(settings, 'sk-backup-0123456789', NOW);
    expect(JSON.parse(text)).toMatchObject({ format: BACKUP_FORMAT, exportedAt: NOW.toISOString(), apiKey: 'sk-backup-0123456789' });
    expect(parseBackup(text, 'en-US')).toEqual({ ok: true, settings, apiKey: 'sk-backup-0123456789' });
  });

  it('names the file after the day it was exported', () => {
    expect(backupFileName(NOW)).toBe('parley-settings-2026-11-26.json');
  });

  it('refuses a damaged file with a message saying it is not valid JSON', () => {
    const text = serializeBackup(settings, undefined, NOW).slice(0, 120);
    expect(parseBackup(text, 'en-US')).toEqual({ ok: false, problems: ['The file is not valid JSON: it may be damaged, or not a Parley settings backup.'] });
  });

  it('refuses JSON that is not a Parley backup', () => {
    expect(parseBackup('{"name":"my-package","version":"1.0.0"}', 'en-US')).toEqual({ ok: false, problems: ['The file is JSON but not a Parley settings backup.'] });
    expect(parseBackup('[1,2,3]', 'en-US')).toMatchObject({ ok: false });
  });

  it('names each invalid section and field instead of importing part of the file', () => {
    const file = JSON.parse(serializeBackup(settings, undefined, NOW));
    file.settings.provider.baseUrl = 'not a url';
    file.settings.request.maxRetries = 99;
    const parsed = parseBackup(JSON.stringify(file), 'en-US');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems[0]).toMatch(/^Invalid "provider" settings: baseUrl: That is not a URL/);
    expect(parsed.problems[1]).toMatch(/^Invalid "request" settings: maxRetries: /);
  });

  it('refuses a backup from a newer Parley and says to update', () => {
    const file = JSON.parse(serializeBackup(settings, undefined, NOW));
    file.settings.version = 99;
    expect(parseBackup(JSON.stringify(file), 'en-US')).toEqual({ ok: false, problems: ['The backup comes from a newer version of Parley: update Parley, then import it again.'] });
  });

  it('upgrades an older backup through the settings migration', () => {
    const old = { format: BACKUP_FORMAT, settings: { baseUrl: 'https://llm.example.org/v1', model: 'mistral-small', targetLanguage: 'fr' } };
    const parsed = parseBackup(JSON.stringify(old), 'en-US');
    expect(parsed).toMatchObject({ ok: true, settings: { provider: { preset: 'custom', baseUrl: 'https://llm.example.org/v1', model: 'mistral-small' }, languages: { target: 'fr' } } });
  });

  it('fills settings a newer Parley added with their defaults, keeping the rest', () => {
    const file = JSON.parse(serializeBackup(settings, undefined, NOW));
    delete file.settings.ui;
    expect(parseBackup(JSON.stringify(file), 'en-US')).toMatchObject({ ok: true, settings: { ui: { theme: 'system' }, languages: settings.languages } });
  });
});
