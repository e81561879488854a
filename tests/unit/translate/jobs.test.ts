import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJob, jobFor } from '../../../utils/translate/jobs';

describe('translation jobs', () => {
  it('are handed to the tab and frame the user clicked in', async () => {
    const job = await createJob({ tabId: 7, frameId: 3, text: 'Bonjour', mode: 'bubble' });
    await expect(jobFor(job.id, { tabId: 7, frameId: 3 })).resolves.toMatchObject({ text: 'Bonjour' });
  });

  it.each([
    ['another tab', { tabId: 8, frameId: 3 }],
    ['another frame of the same tab', { tabId: 7, frameId: 0 }],
    ['a sender without a tab', { tabId: undefined, frameId: undefined }],
  ])('are refused to %s', async (_name, requester) => {
    const job = await createJob({ tabId: 7, frameId: 3, text: 'Bonjour', mode: 'bubble' });
    await expect(jobFor(job.id, requester)).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('cannot be made up', async () => {
    await expect(jobFor(crypto.randomUUID(), { tabId: 7, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('of a closed tab are forgotten when the next job is made, those of open tabs kept', async () => {
    const open = await fakeBrowser.tabs.create({ url: 'https://zeitung.example/b' });
    const closedTabId = (open.id ?? 0) + 100;
    const closedJob = await createJob({ tabId: closedTabId, frameId: 0, text: 'Hallo', mode: 'replace' });
    const openJob = await createJob({ tabId: open.id ?? -1, frameId: 0, text: 'Guten Morgen', mode: 'bubble' });
    await createJob({ tabId: open.id ?? -1, frameId: 0, text: 'Bis bald', mode: 'bubble' });
    await expect(jobFor(closedJob.id, { tabId: closedTabId, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
    await expect(jobFor(openJob.id, { tabId: open.id, frameId: 0 })).resolves.toMatchObject({ text: 'Guten Morgen' });
  });
});
