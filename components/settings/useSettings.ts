import { useCallback, useEffect, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { getSettings, saveSettingsRequest } from '../../utils/settings/messages';
import type { HeaderEdit } from '../../utils/settings/headers';
import type { Settings } from '../../utils/settings/schema';
import { NO_POLICY_VIEW, type ManagedView } from '../../utils/managed/view';

export interface SettingsState {
  saved: Settings | undefined;
  hasKey: boolean;
  problems: string[];
  loadError: ParleyErrorData | undefined;
  /** The user's saved header names (values stay in the background). */
  headerNames: string[];
  /** What the organisation's policy sets and locks. */
  managed: ManagedView;
  save: (settings: Settings, apiKey?: string, headers?: HeaderEdit[]) => Promise<Settings>;
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
  const [headerNames, setHeaderNames] = useState<string[]>([]);
  const [managed, setManaged] = useState<ManagedView>(NO_POLICY_VIEW);

  useEffect(() => {
    sendRequest(getSettings, {})
      .then((result) => {
        setSaved(result.settings);
        setHasKey(result.hasKey);
        setProblems(result.problems);
        setHeaderNames(result.headerNames);
        setManaged(result.managed);
      })
      .catch((error: unknown) => setLoadError(toErrorData(error)));
  }, []);

  const save = useCallback(async (settings: Settings, apiKey?: string, headers?: HeaderEdit[]) => {
    const result = await sendRequest(saveSettingsRequest, { settings, apiKey, headers });
    setSaved(result.settings);
    setHasKey(result.hasKey);
    setHeaderNames(result.headerNames);
    setProblems([]);
    return result.settings;
  }, []);

  return { saved, hasKey, problems, loadError, headerNames, managed, save };
}
