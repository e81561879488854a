import { useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { testConnection } from '../../utils/settings/messages';
import type { ProviderSettings } from '../../utils/settings/schema';
import { ErrorNotice } from '../ui/ErrorNotice';

interface Props {
  provider: ProviderSettings;
  apiKey: string;
  onModels: (models: string[]) => void;
}

type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; error: ParleyErrorData } | undefined;

export function ConnectionTest({ provider, apiKey, onModels }: Props) {
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();

  async function run() {
    setRunning(true);
    setOutcome(undefined);
    try {
      const result = await sendRequest(testConnection, { provider, apiKey: apiKey.trim() || undefined });
      onModels(result.models);
      const modelNote =
        result.modelAvailable === false ? ` The model "${provider.model}" is not among them: pick one from the list.` : '';
      setOutcome({
        kind: 'ok',
        text:
          result.method === 'models'
            ? `Connected. The server offers ${result.models.length} model${result.models.length === 1 ? '' : 's'}.${modelNote}`
            : `Connected: "${provider.model}" answered.`,
      });
    } catch (error) {
      setOutcome({
        kind: 'error',
        error: error instanceof ParleyError ? error.data : { code: 'unknown', message: 'The test failed.', action: 'retry' },
      });
    } finally {
      setRunning(false);
    }
  }

  return (
    <div className="connection-test">
      <button type="button" onClick={() => void run()} disabled={running}>
        {running ? 'Testing…' : 'Test connection'}
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
