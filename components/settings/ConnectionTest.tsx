import { useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import type { HeaderEdit } from '../../utils/settings/headers';
import { testConnection } from '../../utils/settings/messages';
import { describeIssues } from '../../utils/settings/migrations';
import { ProviderSettingsSchema, type ProviderSettings } from '../../utils/settings/schema';
import { ErrorNotice } from '../ui/ErrorNotice';
import { t } from '../../utils/i18n/t';

interface Props {
  provider: ProviderSettings;
  apiKey: string;
  headers: HeaderEdit[];
  onModels: (models: string[]) => void;
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; error: ParleyErrorData } | undefined;

export function ConnectionTest({ provider, apiKey, headers, onModels }: Props) {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function run() {
    // The background refuses a provider that breaks the schema as a malformed message; the user
    // needs to hear which field is wrong (a base URL without https://, an empty model).
    const checked = ProviderSettingsSchema.safeParse(provider);
    if (!checked.success) {
      setOutcome({ kind: 'error', error: { code: 'bad-request', message: describeIssues(checked.error), action: 'none' } });
      return;
    }
    setRunning(true);
    setOutcome(undefined);
    try {
      const result = await sendRequest(testConnection, { provider, apiKey: apiKey.trim() || undefined, headers });
      onModels(result.models);
      const modelNote = result.modelAvailable === false ? ` ${t('optionsModelNotListed', provider.model)}` : '';
      setOutcome({
        kind: 'ok',
        text:
          result.method === 'models'
            ? `${result.models.length === 1 ? t('optionsConnectedOneModel') : t('optionsConnectedModels', result.models.length)}${modelNote}`
            : t('optionsConnectedModelAnswered', provider.model),
      });
    } catch (error) {
      setOutcome({
        kind: 'error',
        error: error instanceof ParleyError ? error.data : { code: 'unknown', message: t('optionsTestFailed'), action: 'retry' },
      });
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="connection-test">
      <button type="button" onClick={() => void run()} disabled={running}>
        {running ? t('optionsTesting') : t('optionsTestConnection')}
      </button>
      <div aria-live="polite">
        {outcome?.kind === 'ok' && (
          <div className="notice ok" role="status" data-testid="connection-ok">
            {outcome.text}
          </div>
        )}
        {outcome?.kind === 'error' && <ErrorNotice error={outcome.error} onRetry={() => void run()} />}
      </div>
    </div>
  );
}
