import { handleRequest } from '../messaging/request-router';
import { exportApiKeyRequest } from './backup-messages';
import { getApiKey } from './secrets';

/** The one place the key leaves the background for a page: a backup the user chose to include it in. */
export function registerBackupHandlers(): void {
  handleRequest(exportApiKeyRequest, async () => ({ apiKey: await getApiKey() }));
}
