import type { BrowserContext } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, serviceWorkerOf } from './fixtures.ts';

/**
 * A profile in which the user already granted Parley "all sites" once (and Parley gave it back).
 * Chromium then answers a new `permissions.request` for it without a prompt (permissions_api.cc:
 * "We don't prompt for already-granted permissions ... removed by the extension itself"), which is
 * the only way a headless test gets past the prompt: Playwright cannot click the browser's dialog.
 * The options page still asks inside the click, as it must for a user.
 */
export async function launchWithAllSitesGrantedBefore(userDataDir: string): Promise<BrowserContext> {
  const first = await launchWithExtension(userDataDir);
  const extensionId = new URL((await serviceWorkerOf(first)).url()).host;
  await first.close();
  markAllSitesGrantedBefore(userDataDir, extensionId);
  return launchWithExtension(userDataDir);
}

/** Writes the earlier all-sites grant into a closed profile where Parley was installed. */
export function markAllSitesGrantedBefore(userDataDir: string, extensionId: string): void {
  const preferencesFile = path.join(userDataDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(preferencesFile, 'utf8')) as { extensions: { settings: Record<string, Record<string, unknown>> } };
  const extension = preferences.extensions.settings[extensionId];
  if (!extension) throw new Error(`Parley (${extensionId}) is not in the profile's preferences`);
  extension.runtime_granted_permissions = { api: [], explicit_host: ['http://*/*', 'https://*/*'], manifest_permissions: [], scriptable_host: [] };
  writeFileSync(preferencesFile, JSON.stringify(preferences));
}
