import { browser } from '@wxt-dev/browser';

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
