import { z } from 'zod';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startRequestRouter } from '../../../utils/messaging/request-router';
import { registerBackupHandlers } from '../../../utils/settings/backup-background';
import { registerSettingsHandlers } from '../../../utils/settings/background';
import { defaultSettings } from '../../../utils/settings/defaults';
import { setApiKey } from '../../../utils/settings/secrets';
import { loadSettings } from '../../../utils/settings/store';
import type { Settings } from '../../../utils/settings/schema';

// The policy as Chrome hands it to storage.managed, through the background's real handlers.

const ReplySchema = z.object({ ok: z.boolean(), data: z.record(z.string(), z.unknown()).optional(), error: z.unknown().optional() });

const ID = fakeBrowser.runtime.id;
const OPTIONS_PAGE = { id: ID, url: `chrome-extension://${ID}/options.html` } satisfies Browser.runtime.MessageSender;
const CONTENT_SCRIPT = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 } satisfies Browser.runtime.MessageSender;
const GATEWAY = 'https://llm-gateway.example.com/v1';
const POLICY_KEY = 'sk-org-policy-7f3e9a1c';

async function send(type: string, payload: unknown, sender: Browser.runtime.MessageSender = OPTIONS_PAGE) {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger({ parley: 1, type, payload }, sender, () => {});
  return ReplySchema.parse(await reply);
}

function userSettings(): Settings {
  const defaults = defaultSettings('en-US');
  return { ...defaults, provider: { ...defaults.provider, preset: 'custom', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' } };
}

beforeEach(async () => {
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  startRequestRouter();
  registerSettingsHandlers();
  registerBackupHandlers();
  await fakeBrowser.storage.local.set({ settings: userSettings() });
});

describe('settings under an organisation policy', () => {
  it('managed values override stored ones at every read', async () => {
    await fakeBrowser.storage.managed.set({ baseUrl: GATEWAY, languages: { target: 'de' } });
    const { settings } = await loadSettings();
    expect(settings.provider.baseUrl).toBe(GATEWAY);
    expect(settings.languages.target).toBe('de');
    await fakeBrowser.storage.managed.set({ baseUrl: 'https://other-gateway.example.com/v1' });
    expect((await loadSettings()).settings.provider.baseUrl).toBe('https://other-gateway.example.com/v1');
  });

  it('a locked value cannot be saved over, even by a direct save request', async () => {
    await fakeBrowser.storage.managed.set({ baseUrl: GATEWAY, locked: ['baseUrl'] });
    const attempt = { ...userSettings(), provider: { ...userSettings().provider, baseUrl: 'https://elsewhere.example.net/v1' } };
    const reply = await send('settings/save', { settings: attempt });
    expect(reply.ok).toBe(true);
    expect((await loadSettings()).settings.provider.baseUrl).toBe(GATEWAY);
    const { settings: stored } = await fakeBrowser.storage.local.get('settings');
    expect((stored as Settings).provider.baseUrl).toBe(GATEWAY);
  });

  it('an unlocked managed value the user changed stays the user’s across reads', async () => {
    await fakeBrowser.storage.managed.set({ languages: { target: 'de' } });
    const mine = { ...(await loadSettings()).settings, languages: { mine: 'en', target: 'fr', second: 'zh-CN' } } satisfies Settings;
    expect((await send('settings/save', { settings: mine })).ok).toBe(true);
    expect((await loadSettings()).settings.languages.target).toBe('fr');
  });

  it('an invalid policy value is ignored and reported to the options page', async () => {
    await fakeBrowser.storage.managed.set({ baseUrl: 'not a url', model: 'gpt-4o' });
    const reply = await send('settings/get', {});
    const data = reply.data as { settings: Settings; managed: { problems: string[] } };
    expect(data.settings.provider.baseUrl).toBe('http://127.0.0.1:11434/v1');
    expect(data.settings.provider.model).toBe('gpt-4o');
    expect(data.managed.problems).toEqual([expect.stringMatching(/^Your organisation's setting baseUrl is invalid and was ignored: /)]);
  });

  it('the key from policy never enters a backup, nor any reply to a page', async () => {
    await fakeBrowser.storage.managed.set({ apiKey: POLICY_KEY, headers: { 'X-Gateway-Key': 'gw-secret-55' } });
    const exported = await send('settings/export-key', { confirm: 'include-key-in-backup' });
    expect(exported).toEqual({ ok: true, data: { apiKey: '' } });
    await setApiKey('sk-user-own-1234');
    expect(await send('settings/export-key', { confirm: 'include-key-in-backup' })).toEqual({ ok: true, data: { apiKey: 'sk-user-own-1234' } });
    const pageReplies = JSON.stringify([await send('settings/get', {}), await send('settings/public', {}, CONTENT_SCRIPT)]);
    expect(pageReplies).not.toContain(POLICY_KEY);
    expect(pageReplies).not.toContain('gw-secret-55');
  });

  it('user header values are kept in the background; pages get names only', async () => {
    const reply = await send('settings/save', { settings: userSettings(), headers: [{ name: 'X-Title', value: 'Parley at Acme' }] });
    expect(reply.data?.headerNames).toEqual(['X-Title']);
    expect(await fakeBrowser.storage.local.get('secrets')).toEqual({ secrets: { apiKey: '', headers: [{ name: 'X-Title', value: 'Parley at Acme' }] } });
    // A row sent back without a value keeps the saved value.
    await send('settings/save', { settings: userSettings(), headers: [{ name: 'X-Title' }, { name: 'HTTP-Referer', value: 'https://acme.example' }] });
    const { secrets } = await fakeBrowser.storage.local.get('secrets');
    expect(secrets).toMatchObject({ headers: [{ name: 'X-Title', value: 'Parley at Acme' }, { name: 'HTTP-Referer', value: 'https://acme.example' }] });
    expect(JSON.stringify(await send('settings/get', {}))).not.toContain('Parley at Acme');
  });
});
