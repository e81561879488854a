import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

/**
 * The API key. Kept in storage.local (on this device only, never sync), which the background
 * restricts to trusted contexts at every start so that content scripts cannot read it.
 * Only the background imports this module.
 */
const SecretsSchema = z.object({ apiKey: z.string() });
const secretsItem = storage.defineItem<unknown>('local:secrets');

export async function getApiKey(): Promise<string> {
  const parsed = SecretsSchema.safeParse(await secretsItem.getValue());
  return parsed.success ? parsed.data.apiKey : '';
}

export async function setApiKey(apiKey: string): Promise<void> {
  await secretsItem.setValue({ apiKey: apiKey.trim() });
}

/**
 * Chrome lets every context, content scripts included, read storage.local unless told otherwise.
 * The background sets it first thing at every start, so no order of events leaves the area open.
 * Firefox has no setAccessLevel: there content scripts are never given a code path that reads
 * storage, and SECURITY.md says so.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  const local = browser.storage.local as typeof browser.storage.local & {
    setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
  };
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}
