import { ParleyError } from '../errors/parley-error';
import { userProvider } from '../providers/registry';
import { handleRequest } from '../messaging/request-router';
import { getPublicSettings, getSettings, saveSettingsRequest, testConnection } from './messages';
import { validateSettings } from './migrations';
import { getApiKey, setApiKey } from './secrets';
import { loadSettings, saveSettings } from './store';
import { t } from '../i18n/t';

const TEST_TIMEOUT_MS = 20_000;

export function registerSettingsHandlers(): void {
  handleRequest(getPublicSettings, async () => {
    const { settings } = await loadSettings();
    return {
      languages: settings.languages,
      theme: settings.ui.theme,
      showButtonOnSelect: settings.translate.showButtonOnSelect,
      hasKey: (await getApiKey()) !== '',
    };
  });

  handleRequest(getSettings, async () => {
    const { settings, problems } = await loadSettings();
    return { settings, problems, hasKey: (await getApiKey()) !== '' };
  });

  handleRequest(saveSettingsRequest, async ({ settings: input, apiKey }) => {
    const validated = validateSettings(input);
    if (!validated.ok) throw new ParleyError({ code: 'bad-request', message: t('optionsNotSaved', validated.message), action: 'none' });
    await saveSettings(validated.settings);
    if (apiKey !== undefined) await setApiKey(apiKey);
    return { settings: validated.settings, hasKey: (await getApiKey()) !== '' };
  });

  handleRequest(testConnection, async ({ provider, apiKey }) => {
    const { settings } = await loadSettings();
    const draft = { ...settings, provider, request: { ...settings.request, maxRetries: 1 } };
    // A key typed but not yet saved is tried as it is, without storing it.
    const llm = await userProvider(draft, apiKey);
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
