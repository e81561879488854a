import { getApiKey, getCustomHeaders } from '../settings/secrets';
import { headersToRecord, type CustomHeader } from '../settings/headers';
import { effectiveCredentials, type Credentials } from './apply';
import { readManagedPolicy } from './read';
import { memoUntilStorageChanges } from '../background/storage-memo';

/**
 * Background only: the key and headers each provider request carries, the policy's merged with
 * the user's. `unsaved` is what the options page is testing before a save.
 */
export async function providerCredentials(unsaved: { apiKey?: string; headers?: CustomHeader[] } = {}): Promise<Credentials> {
  const [{ policy }, apiKey, headers] = await Promise.all([readManagedPolicy(), getApiKey(), getCustomHeaders()]);
  return effectiveCredentials({ apiKey: unsaved.apiKey?.trim() || apiKey, headers: headersToRecord(unsaved.headers ?? headers) }, policy);
}

/** The saved credentials, which every request reads (kept in the worker's memory until storage changes). */
export const savedProviderCredentials: () => Promise<Credentials> = memoUntilStorageChanges(() => providerCredentials());
