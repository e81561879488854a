import { useCallback, useEffect, useState } from 'react';
import { ParleyError } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { clearLearning, listLearning, type CorrespondentSummary } from '../../utils/replies/messages';

function describe(summary: CorrespondentSummary): string {
  const parts = [`${summary.insertions} inserted`, `${summary.ups} 👍`, `${summary.downs} 👎`];
  if (summary.tone) parts.push(`usually ${summary.tone}`);
  if (summary.length) parts.push(summary.length);
  if (summary.greeting) parts.push(`greets with “${summary.greeting}”`);
  if (summary.averageEdit !== null) parts.push(`${Math.round(summary.averageEdit * 100)}% edited before sending`);
  return parts.join(' · ');
}

/** What Parley learned from the user's choices, per correspondent: stored on this device only, and clearable. */
export function LearnedList() {
  const [items, setItems] = useState<CorrespondentSummary[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    sendRequest(listLearning, {})
      .then((result) => setItems(result.correspondents))
      .catch((failure: unknown) => setError(failure instanceof ParleyError ? failure.message : 'Parley could not read what it learned.'));
  }, []);
  useEffect(load, [load]);

  const clear = (correspondent?: string) => {
    sendRequest(clearLearning, { correspondent })
      .then(load)
      .catch((failure: unknown) => setError(failure instanceof ParleyError ? failure.message : 'Parley could not clear it. Retry.'));
  };

  if (error) return <div className="notice error" role="alert">{error}</div>;
  if (!items) return <p aria-busy="true">Loading…</p>;
  return (
    <div className="field" data-testid="learned-list">
      <p>What Parley learned from your replies (kept on this device only):</p>
      {items.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <>
          <ul>
            {items.map((item) => (
              <li key={item.correspondent}>
                <strong>{item.correspondent}</strong>: {describe(item)}{' '}
                <button type="button" onClick={() => clear(item.correspondent)} aria-label={`Forget ${item.correspondent}`}>
                  Forget
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => clear()}>
            Clear everything learned
          </button>
        </>
      )}
    </div>
  );
}
