import { describe, expect, it } from 'vitest';
import { createJob, forgetJobsOfTab, jobFor } from '../../../utils/translate/jobs';

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

  it('are forgotten with their tab', async () => {
    const job = await createJob({ tabId: 9, frameId: 0, text: 'Hallo', mode: 'replace' });
    await forgetJobsOfTab(9);
    await expect(jobFor(job.id, { tabId: 9, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });
});
