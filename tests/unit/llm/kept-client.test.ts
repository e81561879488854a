import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../utils/settings/defaults';

async function fresh() {
  vi.resetModules();
  const memo = await import('../../../utils/background/storage-memo');
  const registry = await import('../../../utils/providers/registry');
  const secrets = await import('../../../utils/settings/secrets');
  await secrets.setApiKey('sk-test-kept');
  return { memo, registry };
}

describe("the worker's provider client", () => {
  beforeEach(() => vi.resetModules());

  it('is built anew for each request where storage reads are not remembered (pages, tests)', async () => {
    const { registry } = await fresh();
    const settings = defaultSettings('en-US');
    expect(await registry.userProvider(settings)).not.toBe(await registry.userProvider(settings));
  });

  it('is reused by the next request with the same settings and credentials, and rebuilt when either changes', async () => {
    const { memo, registry } = await fresh();
    memo.keepStorageReadsInMemory();
    const settings = defaultSettings('en-US');
    const first = await registry.userProvider(settings);
    expect(await registry.userProvider(structuredClone(settings))).toBe(first);
    const otherModel = { ...settings, provider: { ...settings.provider, model: 'another-model' } };
    const second = await registry.userProvider(otherModel);
    expect(second).not.toBe(first);
    memo.forgetStorageReads();
    expect(await registry.userProvider(otherModel)).not.toBe(second);
  });

  it('is never reused for a key being tested before it is saved', async () => {
    const { memo, registry } = await fresh();
    memo.keepStorageReadsInMemory();
    const settings = defaultSettings('en-US');
    const saved = await registry.userProvider(settings);
    expect(await registry.userProvider(settings, { apiKey: 'sk-unsaved' })).not.toBe(saved);
  });
});
