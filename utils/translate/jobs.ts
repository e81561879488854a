import PQueue from 'p-queue';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { ofOpenTabs } from '../tabs/open-tabs';

/**
 * A translation the user asked for, by menu click or shortcut. The in-page script only ever
 * gets the id; the text and the tab stay here. Kept in storage.session so a job survives the
 * service worker being stopped between the click and the stream.
 */
const JobSchema = z.object({
  id: z.uuid(),
  tabId: z.number().int(),
  /** The frame the selection is in; the stream must come from there. */
  frameId: z.number().int(),
  text: z.string(),
  mode: z.enum(['bubble', 'replace']),
  createdAt: z.number(),
});
export type TranslateJob = z.infer<typeof JobSchema>;

/** Long enough to switch the target and retry a few times; short enough not to pile up. */
const JOB_LIFETIME_MS = 60 * 60 * 1000;
const MAX_JOBS = 50;

const jobsItem = storage.defineItem<unknown>('session:translateJobs');

async function readJobs(): Promise<TranslateJob[]> {
  const parsed = z.array(JobSchema).safeParse(await jobsItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** Jobs made by this worker instance: the bubble asks for its job a few milliseconds after the click. */
const madeHere = new Map<string, TranslateJob>();

/** Writes go one after another: each reads the list the one before wrote. */
const writes = new PQueue({ concurrency: 1 });
const queueWrite = (write: () => Promise<void>): Promise<void> => writes.add(write);

function saveJob(created: TranslateJob): Promise<void> {
  return queueWrite(async () => {
    const now = Date.now();
    // Jobs of closed tabs go too (utils/tabs/open-tabs.ts says why this is not done at the close).
    const kept = (await ofOpenTabs((await readJobs()).filter((existing) => now - existing.createdAt < JOB_LIFETIME_MS))).slice(-(MAX_JOBS - 1));
    await jobsItem.setValue([...kept, created]);
  });
}

/**
 * Makes the job at once; `saved` settles once it is in session storage too, where a restarted
 * worker finds it. The caller opens the bubble meanwhile.
 */
export function createJob(job: Omit<TranslateJob, 'id' | 'createdAt'>): { job: TranslateJob; saved: Promise<void> } {
  const created: TranslateJob = { ...job, id: crypto.randomUUID(), createdAt: Date.now() };
  madeHere.set(created.id, created);
  if (madeHere.size > MAX_JOBS) madeHere.delete(madeHere.keys().next().value as string);
  return { job: created, saved: saveJob(created) };
}

export interface JobRequester {
  tabId: number | undefined;
  frameId: number | undefined;
}

/**
 * The job, if this sender may use it: the same tab and frame the user clicked in. Anything else
 * (another tab, a stale or made-up id) is refused the same way, saying nothing about which.
 */
export async function jobFor(id: string, requester: JobRequester): Promise<TranslateJob> {
  const job = madeHere.get(id) ?? (await readJobs()).find((candidate) => candidate.id === id);
  const fresh = job !== undefined && Date.now() - job.createdAt < JOB_LIFETIME_MS;
  if (!job || !fresh || job.tabId !== requester.tabId || job.frameId !== requester.frameId) {
    throw parleyError('not-allowed', t('translateExpired'));
  }
  return job;
}

