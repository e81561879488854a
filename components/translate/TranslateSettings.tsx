import { useEffect, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { clearTranslationCache, translationCacheStats } from '../../utils/translate/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectButtonSetting } from './SelectButtonSetting';

/** The options page's Translate section: the selection button, and the cache of past translations. */
export function TranslateSettings() {
  const [entries, setEntries] = useState<number>();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<ParleyErrorData>();

  useEffect(() => {
    sendRequest(translationCacheStats, {})
      .then((stats) => setEntries(stats.entries))
      .catch(() => setEntries(undefined));
  }, []);

  const clear = async () => {
    setError(undefined);
    try {
      const { removed } = await sendRequest(clearTranslationCache, {});
      setEntries(0);
      setStatus(`Cleared ${removed} saved ${removed === 1 ? 'translation' : 'translations'}.`);
    } catch (caught) {
      setError(caught instanceof ParleyError ? caught.data : { code: 'unknown', message: 'The cache could not be cleared. Retry.', action: 'none' });
    }
  };

  return (
    <section aria-labelledby="translate-settings-heading">
      <h2 id="translate-settings-heading">Translate</h2>
      <p className="muted">
        Parley keeps your recent translations on this device so a repeated translation shows at once, with no request.
        {entries !== undefined && ` ${entries} saved.`}
      </p>
      <SelectButtonSetting />
      <button type="button" onClick={() => void clear()}>
        Clear translation cache
      </button>
      <span role="status" data-testid="translate-cache-status">
        {status}
      </span>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
