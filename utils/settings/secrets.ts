import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { forgetStorageReads } from '../background/storage-memo';
import { CustomHeaderSchema, type CustomHeader } from './headers';

/**
 * The API key and the custom request headers (a gateway's own key header is as secret as the key).
 * Kept in storage.local (on this device only, never sync), which the background restricts to
 * trusted contexts at every start so that content scripts cannot read them.
 * Only the background imports this module.
 */
const SecretsSchema = z.object({
  apiKey: z.string().catch(''),
  headers: z.array(CustomHeaderSchema).catch([]),
});
type Secrets = z.infer<typeof SecretsSchema>;
const secretsItem = storage.defineItem<unknown>('local:secrets');

async function readSecrets(): Promise<Secrets> {
  const parsed = SecretsSchema.safeParse(await secretsItem.getValue());
  return parsed.success ? parsed.data : { apiKey: '', headers: [] };
}

export async function getApiKey(): Promise<string> {
  return (await readSecrets()).apiKey;
}

/** No empty header list is written: storage keeps the shape it had before headers existed. */
async function writeSecrets({ apiKey, headers }: Secrets): Promise<void> {
  await secretsItem.setValue(headers.length > 0 ? { apiKey, headers } : { apiKey });
  forgetStorageReads();
}

export async function setApiKey(apiKey: string): Promise<void> {
  await writeSecrets({ ...(await readSecrets()), apiKey: apiKey.trim() });
}

export async function getCustomHeaders(): Promise<CustomHeader[]> {
  return (await readSecrets()).headers;
}

export async function setCustomHeaders(headers: CustomHeader[]): Promise<void> {
  await writeSecrets({ ...(await readSecrets()), headers });
}
