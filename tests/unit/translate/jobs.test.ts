import { describe, expect, it, vi } from 'vitest';
import { createJob, forgetJobsOfTab, jobFor } from '../../../utils/translate/jobs';

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

  it('are forgotten with their tab', async () => {
    const { job } = createJob({ tabId: 9, frameId: 0, text: 'Hallo', mode: 'replace' });
    await forgetJobsOfTab(9);
    await expect(jobFor(job.id, { tabId: 9, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });

  it('are found by a restarted worker once saved', async () => {
    const { job, saved } = createJob({ tabId: 4, frameId: 0, text: 'Hola', mode: 'bubble' });
    await saved;
    vi.resetModules();
    const restarted = await import('../../../utils/translate/jobs');
    await expect(restarted.jobFor(job.id, { tabId: 4, frameId: 0 })).resolves.toMatchObject({ text: 'Hola' });
  });

  it('are forgotten with their tab by a restarted worker too', async () => {
    const { job, saved } = createJob({ tabId: 5, frameId: 0, text: 'Hola', mode: 'bubble' });
    await saved;
    vi.resetModules();
    const restarted = await import('../../../utils/translate/jobs');
    await restarted.forgetJobsOfTab(5);
    await expect(restarted.jobFor(job.id, { tabId: 5, frameId: 0 })).rejects.toMatchObject({ data: { code: 'not-allowed' } });
  });
});
