import { useEffect, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { clearTranslationCache, translationCacheStats } from '../../utils/translate/messages';
import { ErrorNotice } from '../ui/ErrorNotice';
import { SelectButtonSetting } from './SelectButtonSetting';
import { DeviceFallbackSetting } from './DeviceFallbackSetting';
import type { Settings } from '../../utils/settings/schema';
import { t } from '../../utils/i18n/t';

interface Props {
  draft: Settings;
  setDraft: (settings: Settings) => void;
}

/** The options page's Translate section: the selection button, the device fallback, and the cache of past translations. */
export function TranslateSettings({ draft, setDraft }: Props) {
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
      setStatus(removed === 1 ? t('translateCacheClearedOne') : t('translateCacheCleared', removed));
    } catch (caught) {
      setError(caught instanceof ParleyError ? caught.data : { code: 'unknown', message: t('translateCacheClearFailed'), action: 'none' });
    }
  };

  return (
    <section aria-labelledby="translate-settings-heading">
      <h2 id="translate-settings-heading">{t('translateSettingsHeading')}</h2>
      <p className="muted">
        {t('translateCacheHint')}
        {entries !== undefined && ` ${t('translateCacheCount', entries)}`}
      </p>
      <SelectButtonSetting />
      <DeviceFallbackSetting draft={draft} setDraft={setDraft} />
      <button type="button" onClick={() => void clear()}>
        {t('translateClearCache')}
      </button>
      <span role="status" data-testid="translate-cache-status">
        {status}
      </span>
      {error && <ErrorNotice error={error} />}
    </section>
  );
}
