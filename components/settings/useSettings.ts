import { useCallback, useEffect, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { getSettings, saveSettingsRequest } from '../../utils/settings/messages';
import type { Settings } from '../../utils/settings/schema';

export interface SettingsState {
  saved: Settings | undefined;
  hasKey: boolean;
  problems: string[];
  loadError: ParleyErrorData | undefined;
  save: (settings: Settings, apiKey?: string) => Promise<Settings>;
}

function toErrorData(error: unknown): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: 'Parley could not load its settings.', action: 'retry' };
}

/** Settings as the background has them; the key itself never comes back, only whether one is saved. */
export function useSettings(): SettingsState {
  const [saved, setSaved] = useState<Settings>();
  const [hasKey, setHasKey] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<ParleyErrorData>();

  useEffect(() => {
    sendRequest(getSettings, {})
      .then((result) => {
        setSaved(result.settings);
        setHasKey(result.hasKey);
        setProblems(result.problems);
      })
      .catch((error: unknown) => setLoadError(toErrorData(error)));
  }, []);

  const save = useCallback(async (settings: Settings, apiKey?: string) => {
    const result = await sendRequest(saveSettingsRequest, { settings, apiKey });
    setSaved(result.settings);
    setHasKey(result.hasKey);
    setProblems([]);
    return result.settings;
  }, []);

  return { saved, hasKey, problems, loadError, save };
}
