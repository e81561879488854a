import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { parleyError } from '../errors/parley-error';
import { t } from '../i18n/t';
import { AdapterIdSchema } from '../replies/schema';
import { ofOpenTabs } from '../tabs/open-tabs';
import { FieldLocatorSchema, SavedDraftSchema } from './launch';

/**
 * One "Write in …" session: created by the user's click, bound to a tab and frame, and (once the
 * draft is read) holding the draft and its translation. Kept in storage.session, which content
 * scripts cannot read: a closed panel, a reload or a stopped service worker loses nothing, and
 * it all goes when the browser closes.
 */
const SessionSchema = z.object({
  id: z.uuid(),
  tabId: z.number().int(),
  frameId: z.number().int(),
  /**
   * The page the field is on, #fragment included: a reload of it gets the draft back, and a
   * webmail's other threads (Gmail's `#inbox/<thread>`) do not.
   */
  pageUrl: z.string(),
  adapter: AdapterIdSchema,
  createdAt: z.number(),
  updatedAt: z.number(),
  locator: FieldLocatorSchema.nullable(),
  saved: SavedDraftSchema.nullable(),
  replaced: z.boolean(),
});
export type ComposeSession = z.infer<typeof SessionSchema>;

/** A working day: a draft left overnight is still there while the browser stays open. */
const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
const MAX_SESSIONS = 30;
const sessionsItem = storage.defineItem<unknown>('session:composeSessions');

export function pageKey(url: string | undefined): string {
  return url && URL.canParse(url) ? new URL(url).href : '';
}

async function readSessions(): Promise<ComposeSession[]> {
  const parsed = z.array(SessionSchema).safeParse(await sessionsItem.getValue());
  const now = Date.now();
  return parsed.success ? parsed.data.filter((session) => now - session.updatedAt < SESSION_LIFETIME_MS) : [];
}

export async function createSession(fields: Pick<ComposeSession, 'tabId' | 'frameId' | 'pageUrl' | 'adapter'>): Promise<ComposeSession> {
  const now = Date.now();
  const session: ComposeSession = { ...fields, id: crypto.randomUUID(), createdAt: now, updatedAt: now, locator: null, saved: null, replaced: false };
  // Sessions that never got a draft are only a click's rights: the newest few are enough. Those
  // of closed tabs go too (utils/tabs/open-tabs.ts says why this is not done at the close).
  const recent = (await readSessions()).filter((old) => old.saved !== null || now - old.createdAt < 60 * 60 * 1000);
  const kept = (await ofOpenTabs(recent)).slice(-(MAX_SESSIONS - 1));
  await sessionsItem.setValue([...kept, session]);
  return session;
}

export async function updateSession(id: string, change: (session: ComposeSession) => ComposeSession): Promise<ComposeSession | undefined> {
  const sessions = await readSessions();
  let updated: ComposeSession | undefined;
  await sessionsItem.setValue(
    sessions.map((session) => {
      if (session.id !== id) return session;
      updated = { ...change(session), id: session.id, updatedAt: Date.now() };
      return updated;
    }),
  );
  return updated;
}

export async function removeSession(id: string): Promise<void> {
  await sessionsItem.setValue((await readSessions()).filter((session) => session.id !== id));
}

/**
 * The session, if this sender may use it: the tab and frame it was created (or last restored)
 * for. Anything else is refused the same way, saying nothing about which.
 */
export async function sessionFor(id: string, sender: { tabId: number | undefined; frameId: number | undefined }): Promise<ComposeSession> {
  const session = (await readSessions()).find((candidate) => candidate.id === id);
  if (!session || session.tabId !== sender.tabId || session.frameId !== (sender.frameId ?? 0)) throw parleyError('not-allowed', t('composeExpired'));
  return session;
}

function isOpenDraft(session: ComposeSession): boolean {
  return session.saved !== null && session.locator !== null && !session.replaced;
}

/** Every tab's unsent drafts: the pages a reload may bring one back on. */
export async function openDrafts(): Promise<ComposeSession[]> {
  return (await readSessions()).filter(isOpenDraft);
}

/** Drafts of this tab that are still unsent work (newest first): what a reload gives back. */
export async function openDraftsOfTab(tabId: number, pageUrl: string): Promise<ComposeSession[]> {
  return (await readSessions())
    .filter((session) => session.tabId === tabId && session.pageUrl === pageUrl && isOpenDraft(session))
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** Forgets the sessions of tabs closed since; writes only when one goes. */
export async function forgetSessionsOfClosedTabs(): Promise<void> {
  const sessions = await readSessions();
  const kept = await ofOpenTabs(sessions);
  if (kept.length !== sessions.length) await sessionsItem.setValue(kept);
}
