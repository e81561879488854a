import { useCallback, useEffect, useState } from 'react';
import { ParleyError } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { clearLearning, listLearning, type CorrespondentSummary } from '../../utils/replies/messages';
import { LENGTH_LABELS, TONE_LABELS } from './labels';
import { t } from '../../utils/i18n/t';

function describe(summary: CorrespondentSummary): string {
  const parts = [t('repliesLearnedInserted', summary.insertions), `${summary.ups} 👍`, `${summary.downs} 👎`];
  if (summary.tone) parts.push(t('repliesLearnedTone', t(TONE_LABELS[summary.tone])));
  if (summary.length) parts.push(t(LENGTH_LABELS[summary.length]));
  if (summary.greeting) parts.push(t('repliesLearnedGreeting', summary.greeting));
  if (summary.averageEdit !== null) parts.push(t('repliesLearnedEdited', Math.round(summary.averageEdit * 100)));
  return parts.join(' · ');
}

/** What Parley learned from the user's choices, per correspondent: stored on this device only, and clearable. */
export function LearnedList() {
  const [items, setItems] = useState<CorrespondentSummary[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    sendRequest(listLearning, {})
      .then((result) => setItems(result.correspondents))
      .catch((failure: unknown) => setError(failure instanceof ParleyError ? failure.message : t('repliesLearnedReadFailed')));
  }, []);
  useEffect(load, [load]);

  const clear = (correspondent?: string) => {
    sendRequest(clearLearning, { correspondent })
      .then(load)
      .catch((failure: unknown) => setError(failure instanceof ParleyError ? failure.message : t('repliesLearnedClearFailed')));
  };

  if (error) return <div className="notice error" role="alert">{error}</div>;
  if (!items) return <p aria-busy="true">{t('commonLoading')}</p>;
  return (
    <div className="field" data-testid="learned-list">
      <p>{t('repliesLearnedIntro')}</p>
      {items.length === 0 ? (
        <p>{t('repliesLearnedNone')}</p>
      ) : (
        <>
          <ul>
            {items.map((item) => (
              <li key={item.correspondent}>
                <strong>{item.correspondent}</strong>: {describe(item)}{' '}
                <button type="button" onClick={() => clear(item.correspondent)} aria-label={t('repliesForgetNamed', item.correspondent)}>
                  {t('repliesForget')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => clear()}>
            {t('repliesClearAll')}
          </button>
        </>
      )}
    </div>
  );
}
