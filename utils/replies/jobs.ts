import { z } from 'zod';
import type { Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { parleyError } from '../errors/parley-error';
import { AdapterIdSchema } from './schema';
import { t } from '../i18n/t';

/**
 * A job is what one trusted click (the webmail button, the context-menu item, the popup) allows:
 * reading, suggesting and inserting in one tab and frame. Streams and inserts from a content
 * script are accepted only for a job of the tab they come from. Kept in storage.session (trusted
 * contexts only) so that a service-worker restart does not break "Regenerate".
 */
const JobSchema = z.object({
  id: z.string(),
  tabId: z.number(),
  /** The frame that holds the reply field. */
  frameId: z.number(),
  adapter: AdapterIdSchema,
  createdAt: z.number(),
  correspondent: z.string(),
});
export type Job = z.infer<typeof JobSchema>;

const JOB_LIFETIME_MS = 4 * 60 * 60 * 1000;
const jobsItem = storage.defineItem<unknown>('session:replyJobs');

async function loadJobs(): Promise<Job[]> {
  const parsed = z.array(JobSchema).safeParse(await jobsItem.getValue());
  const now = Date.now();
  return parsed.success ? parsed.data.filter((job) => now - job.createdAt < JOB_LIFETIME_MS) : [];
}

export async function createJob(tabId: number, frameId: number, adapter: Job['adapter']): Promise<Job> {
  const job: Job = { id: crypto.randomUUID(), tabId, frameId, adapter, createdAt: Date.now(), correspondent: '' };
  // One job per tab: a new click replaces the old panel and its rights.
  await jobsItem.setValue([...(await loadJobs()).filter((old) => old.tabId !== tabId), job]);
  return job;
}

export async function updateJob(job: Job): Promise<void> {
  await jobsItem.setValue((await loadJobs()).map((old) => (old.id === job.id ? job : old)));
}

/** The job, if this sender may use it: the extension's pages always, a content script only from the job's tab. */
export async function jobFor(jobId: string, sender: Browser.runtime.MessageSender, senderIsExtension: boolean): Promise<Job> {
  const job = (await loadJobs()).find((candidate) => candidate.id === jobId);
  if (!job) throw parleyError('not-allowed', t('repliesErrorExpired'));
  if (!senderIsExtension && sender.tab?.id !== job.tabId) throw parleyError('not-allowed', t('errorNotAllowed'));
  return job;
}
