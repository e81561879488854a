import { ParleyError } from '../errors/parley-error';
import { providerCredentials } from '../managed/credentials';
import { userProvider } from '../providers/registry';
import { handleRequest } from '../messaging/request-router';
import { resolveHeaderEdits, type HeaderEdit } from './headers';
import { getPublicSettings, getSettings, saveSettingsRequest, testConnection } from './messages';
import { validateSettings } from './migrations';
import { getCustomHeaders, setApiKey, setCustomHeaders } from './secrets';
import { loadSettings, saveSettings } from './store';
import { t } from '../i18n/t';

const TEST_TIMEOUT_MS = 20_000;

async function hasKey(): Promise<boolean> {
  return (await providerCredentials()).apiKey !== '';
}

async function headerNames(): Promise<string[]> {
  return (await getCustomHeaders()).map((header) => header.name);
}

async function editedHeaders(edits: HeaderEdit[] | undefined) {
  return edits === undefined ? undefined : resolveHeaderEdits(edits, await getCustomHeaders());
}

export function registerSettingsHandlers(): void {
  handleRequest(getPublicSettings, async () => {
    const { settings } = await loadSettings();
    return {
      languages: settings.languages,
      theme: settings.ui.theme,
      showButtonOnSelect: settings.translate.showButtonOnSelect,
      hasKey: await hasKey(),
    };
  });

  handleRequest(getSettings, async () => {
    const { settings, problems, managed } = await loadSettings();
    return { settings, problems, managed, hasKey: await hasKey(), headerNames: await headerNames() };
  });

  handleRequest(saveSettingsRequest, async ({ settings: input, apiKey, headers }) => {
    const validated = validateSettings(input);
    if (!validated.ok) throw new ParleyError({ code: 'bad-request', message: t('optionsNotSaved', validated.message), action: 'none' });
    await saveSettings(validated.settings);
    if (apiKey !== undefined) await setApiKey(apiKey);
    const resolved = await editedHeaders(headers);
    if (resolved) await setCustomHeaders(resolved);
    return { settings: (await loadSettings()).settings, hasKey: await hasKey(), headerNames: await headerNames() };
  });

  handleRequest(testConnection, async ({ provider, apiKey, headers }) => {
    const { settings } = await loadSettings();
    const draft = { ...settings, provider, request: { ...settings.request, maxRetries: 1 } };
    // A key or headers typed but not yet saved are tried as they are, without storing them.
    const llm = await userProvider(draft, { apiKey, headers: await editedHeaders(headers) });
    const signal = AbortSignal.timeout(TEST_TIMEOUT_MS);
    try {
      const models = await llm.listModels(signal);
      return { method: 'models' as const, models, modelAvailable: models.length ? models.includes(provider.model) : null };
    } catch (error) {
      // Many compatible servers have no /models; one tiny request proves the rest works.
      if (!(error instanceof ParleyError) || !['model-not-found', 'bad-request', 'unknown'].includes(error.data.code)) throw error;
    }
    await llm.complete({ feature: 'chat', messages: [{ role: 'user', content: 'Reply with: ok' }], params: { maxTokens: 1 } }, signal);
    return { method: 'completion' as const, models: [], modelAvailable: true };
  });
}
