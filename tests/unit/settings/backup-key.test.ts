import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startRequestRouter } from '../../../utils/messaging/request-router';
import { registerBackupHandlers } from '../../../utils/settings/backup-background';
import { setApiKey } from '../../../utils/settings/secrets';

// The one request that hands the key to a page (a backup with "include key" ticked), through the real router.

const ID = fakeBrowser.runtime.id;
const OPTIONS_PAGE = { id: ID, url: `chrome-extension://${ID}/options.html` } satisfies Browser.runtime.MessageSender;
const CONTENT_SCRIPT = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 } satisfies Browser.runtime.MessageSender;
const ASK = { parley: 1, type: 'settings/export-key', payload: { confirm: 'include-key-in-backup' } };

async function send(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => {});
  return reply;
}

beforeEach(async () => {
  startRequestRouter();
  registerBackupHandlers();
  await setApiKey('sk-backup-boundary-1a2b3c');
});

describe('the export-key request', () => {
  it('gives the options page the saved key for a backup', async () => {
    expect(await send(ASK, OPTIONS_PAGE)).toEqual({ ok: true, data: { apiKey: 'sk-backup-boundary-1a2b3c' } });
  });

  it('is refused to a content script, without the key', async () => {
    const reply = await send(ASK, CONTENT_SCRIPT);
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'not-allowed' }) });
    expect(JSON.stringify(reply)).not.toContain('sk-backup');
  });

  it('is refused without the explicit confirmation field', async () => {
    const reply = await send({ ...ASK, payload: {} }, OPTIONS_PAGE);
    expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'bad-message' }) });
  });
});
