import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { LanguageCodeSchema } from '../settings/schema';
import { ofOpenTabs } from '../tabs/open-tabs';
import { PageProgressSchema, type PageProgress } from './messages';

/**
 * A page translation the user started in one tab. The page script only gets the id; blocks are
 * accepted from that tab's top frame alone. In storage.session, so a session outlives the
 * service worker being stopped between two scrolls.
 */
const SessionSchema = z.object({
  id: z.uuid(),
  tabId: z.number().int(),
  origin: z.string(),
  targetLanguage: LanguageCodeSchema,
  progress: PageProgressSchema.nullable(),
});
export type PageSession = z.infer<typeof SessionSchema>;

const sessionsItem = storage.defineItem<unknown>('session:pageTranslateSessions');

async function readSessions(): Promise<PageSession[]> {
  const parsed = z.array(SessionSchema).safeParse(await sessionsItem.getValue());
  return parsed.success ? parsed.data : [];
}

/** A new session replaces the tab's previous one (a reload, or Show original then Translate). */
export async function createSession(session: Omit<PageSession, 'id' | 'progress'>): Promise<PageSession> {
  const created: PageSession = { ...session, id: crypto.randomUUID(), progress: null };
  // Sessions of closed tabs go too (utils/tabs/open-tabs.ts says why this is not done at the close).
  const others = (await ofOpenTabs(await readSessions())).filter((existing) => existing.tabId !== session.tabId);
  await sessionsItem.setValue([...others, created]);
  return created;
}

export async function sessionIds(): Promise<Set<string>> {
  return new Set((await readSessions()).map((session) => session.id));
}

export async function sessionOfTab(tabId: number): Promise<PageSession | undefined> {
  return (await readSessions()).find((session) => session.tabId === tabId);
}

/** The session, if this sender may use it: its own tab's top frame. Anything else is refused alike. */
export async function sessionFor(id: string, sender: { tabId: number | undefined; frameId: number | undefined }): Promise<PageSession> {
  const session = (await readSessions()).find((candidate) => candidate.id === id);
  if (!session || session.tabId !== sender.tabId || (sender.frameId ?? 0) !== 0) throw parleyError('not-allowed', t('pageTranslateExpired'));
  return session;
}

export async function saveProgress(id: string, progress: PageProgress): Promise<void> {
  const sessions = await readSessions();
  await sessionsItem.setValue(sessions.map((session) => (session.id === id ? { ...session, progress } : session)));
}

export async function forgetSessionOfTab(tabId: number): Promise<void> {
  const sessions = await readSessions();
  if (sessions.some((session) => session.tabId === tabId)) await sessionsItem.setValue(sessions.filter((session) => session.tabId !== tabId));
}
