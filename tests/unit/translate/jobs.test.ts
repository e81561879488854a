import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJob, jobFor } from '../../../utils/translate/jobs';

describe('translation jobs', () => {
  it('are handed to the tab and frame the user clicked in', async () => {
    const { job } = createJob({ tabId: 7, frameId: 3, text: 'Bonjour', mode: 'bubble' });
    await expect(jobFor(job.id, { tabId: 7, frameId: 3 })).resolves.toMatchObject({ text: 'Bonjour' });
  });

  it.each([
    ['another tab', { tabId: 8, frameId: 3 }],
    ['another frame of the same tab', { tabId: 7, frameId: 0 }],
    ['a sender without a tab', { tabId: undefined, frameId: undefined }],
  ])('are refused to %s', async (_name, requester) => {
    const { job } = createJob({ tabId: 7, frameId: 3, text: 'Bonjour', mode: 'bubble' });
    await expect(jobFor(job.id, requester)).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('cannot be made up', async () => {
    await expect(jobFor(crypto.randomUUID(), { tabId: 7, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('are found by a restarted worker once saved', async () => {
    const { job, saved } = createJob({ tabId: 4, frameId: 0, text: 'Hola', mode: 'bubble' });
    await saved;
    vi.resetModules();
    const restarted = await import('../../../utils/translate/jobs');
    await expect(restarted.jobFor(job.id, { tabId: 4, frameId: 0 })).resolves.toMatchObject({ text: 'Hola' });
  });

  it('of a closed tab are dropped from storage when the next job is saved, those of open tabs kept', async () => {
    const open = await fakeBrowser.tabs.create({ url: 'https://zeitung.example/b' });
    const closedTabId = (open.id ?? 0) + 100;
    const closedJob = createJob({ tabId: closedTabId, frameId: 0, text: 'Hallo', mode: 'replace' });
    await closedJob.saved;
    const openJob = createJob({ tabId: open.id ?? -1, frameId: 0, text: 'Guten Morgen', mode: 'bubble' });
    await openJob.saved;
    await createJob({ tabId: open.id ?? -1, frameId: 0, text: 'Bis bald', mode: 'bubble' }).saved;
    vi.resetModules();
    const restarted = await import('../../../utils/translate/jobs');
    await expect(restarted.jobFor(closedJob.job.id, { tabId: closedTabId, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
    await expect(restarted.jobFor(openJob.job.id, { tabId: open.id, frameId: 0 })).resolves.toMatchObject({ text: 'Guten Morgen' });
  });
});
