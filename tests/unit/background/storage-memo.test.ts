import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('storage reads kept in the worker', () => {
  beforeEach(() => vi.resetModules());

  it('read storage each time until the worker turns the memory on', async () => {
    const { memoUntilStorageChanges } = await import('../../../utils/background/storage-memo');
    const read = vi.fn(async () => ({ n: 1 }));
    const kept = memoUntilStorageChanges(read);
    await kept();
    await kept();
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('answer from memory, a copy to each caller, until storage.local changes', async () => {
    const memo = await import('../../../utils/background/storage-memo');
    memo.keepStorageReadsInMemory();
    const read = vi.fn(async () => ({ value: (await fakeBrowser.storage.local.get('n')).n }));
    const kept = memo.memoUntilStorageChanges(read);
    await fakeBrowser.storage.local.set({ n: 1 });
    const first = await kept();
    first.value = 'changed by a caller';
    expect(await kept()).toEqual({ value: 1 });
    expect(read).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ n: 2 });
    await vi.waitFor(async () => expect(await kept()).toEqual({ value: 2 }));
  });

  it('forget at once after a write of their own', async () => {
    const memo = await import('../../../utils/background/storage-memo');
    memo.keepStorageReadsInMemory();
    let stored = 1;
    const kept = memo.memoUntilStorageChanges(async () => stored);
    expect(await kept()).toBe(1);
    stored = 2;
    memo.forgetStorageReads();
    expect(await kept()).toBe(2);
  });

  it('do not keep a failed read', async () => {
    const memo = await import('../../../utils/background/storage-memo');
    memo.keepStorageReadsInMemory();
    const read = vi.fn().mockRejectedValueOnce(new Error('busy')).mockResolvedValue(3);
    const kept = memo.memoUntilStorageChanges(read);
    await expect(kept()).rejects.toThrow('busy');
    expect(await kept()).toBe(3);
  });
});
