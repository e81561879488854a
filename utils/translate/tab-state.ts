import { storage } from 'wxt/utils/storage';
import { openTabIds } from '../tabs/open-tabs';
import { z } from 'zod';
import { HistoryEntrySchema, PendingTranslationSchema, type HistoryEntry, type PendingTranslation } from './messages';

/**
 * Per-tab state for the popup, in storage.session: gone when the browser closes; a closed tab's
 * entries go at the next write (utils/tabs/open-tabs.ts says why not at the close).
 */
const historyItem = storage.defineItem<unknown>('session:translateHistory');
const pendingItem = storage.defineItem<unknown>('session:translatePending');

const HISTORY_PER_TAB = 10;
/** Enough to recognise an entry in the list; the popup is no archive. */
const STORED_TEXT_CHARS = 2_000;

const HistorySchema = z.record(z.string(), z.array(HistoryEntrySchema));
const PendingSchema = z.record(z.string(), PendingTranslationSchema);

async function readRecord<T>(item: typeof historyItem, schema: z.ZodType<Record<string, T>>): Promise<Record<string, T>> {
  const parsed = schema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : {};
}

async function ofOpenTabs<T>(record: Record<string, T>): Promise<Record<string, T>> {
  if (Object.keys(record).length === 0) return record;
  const open = await openTabIds();
  return Object.fromEntries(Object.entries(record).filter(([tabId]) => open.has(Number(tabId))));
}

export async function addToHistory(tabId: number, entry: HistoryEntry): Promise<void> {
  const all = await ofOpenTabs(await readRecord(historyItem, HistorySchema));
  const trimmed = { ...entry, text: entry.text.slice(0, STORED_TEXT_CHARS), translation: entry.translation.slice(0, STORED_TEXT_CHARS * 2) };
  all[String(tabId)] = [trimmed, ...(all[String(tabId)] ?? [])].slice(0, HISTORY_PER_TAB);
  await historyItem.setValue(all);
}

export async function historyOf(tabId: number): Promise<HistoryEntry[]> {
  return (await readRecord(historyItem, HistorySchema))[String(tabId)] ?? [];
}

export async function setPending(tabId: number, pending: PendingTranslation): Promise<void> {
  const all = await ofOpenTabs(await readRecord(pendingItem, PendingSchema));
  all[String(tabId)] = pending;
  await pendingItem.setValue(all);
}

/** The popup takes the pending translation once: opening it again later shows the tab's list. */
export async function takePending(tabId: number): Promise<PendingTranslation | null> {
  const all = await readRecord(pendingItem, PendingSchema);
  const pending = all[String(tabId)] ?? null;
  if (pending) {
    delete all[String(tabId)];
    await pendingItem.setValue(all);
  }
  return pending;
}


/** Whether the popup should open on its Translate tab: a translation is waiting for this tab. */
export async function hasPending(tabId: number): Promise<boolean> {
  return String(tabId) in (await readRecord(pendingItem, PendingSchema));
}
