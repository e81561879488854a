import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ParleyError } from '../../../utils/errors/parley-error';
import { providerFor } from '../../../utils/providers/registry';

describe('a feature the policy turns off', () => {
  beforeEach(async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await fakeBrowser.storage.local.set({ secrets: { apiKey: 'sk-user-0a1b2c' } });
  });

  it('is refused in the background with the organisation named, whatever page asks', async () => {
    await fakeBrowser.storage.managed.set({ features: { chat: false } });
    const refusal = await providerFor('chat').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ParleyError);
    expect(refusal).toMatchObject({ data: { code: 'not-allowed', message: 'Your organisation has turned this feature off.' } });
    await expect(providerFor('replies')).resolves.toBeDefined();
  });

  it('keeps working when the policy leaves it on', async () => {
    await fakeBrowser.storage.managed.set({ features: { replies: false } });
    await expect(providerFor('chat')).resolves.toBeDefined();
  });
});
