import { useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { openForPopup } from '../../utils/replies/messages';
import { getSettings } from '../../utils/settings/messages';
import type { ReplyControls } from '../../utils/replies/schema';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RepliesView } from './RepliesView';
import './panel.css';
import { t } from '../../utils/i18n/t';

/** Tests open the popup as a tab and name the page's tab; the real popup reads the active tab. */
function tabIdFromUrl(): number | undefined {
  const value = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The popup's Replies tab: suggestions for the message open in the current tab, inserted into that page. */
export function RepliesTab() {
  const [job, setJob] = useState<{ jobId: string; controls: ReplyControls }>();
  const [error, setError] = useState<ParleyErrorData>();

  const start = async () => {
    setError(undefined);
    try {
      const [{ jobId }, { settings }] = await Promise.all([sendRequest(openForPopup, { tabId: tabIdFromUrl() }), sendRequest(getSettings, {})]);
      setJob({ jobId, controls: { tone: settings.replies.tone, length: settings.replies.length, hint: '' } });
    } catch (failure) {
      setError(failure instanceof ParleyError ? failure.data : { code: 'unknown', message: t('repliesReadTabFailed'), action: 'retry' });
    }
  };

  return (
    <div className="parley-panel-embedded">
      {!job && (
        <>
          <p>{t('repliesTabIntro')}</p>
          <button type="button" className="primary" onClick={() => void start()}>
            {t('repliesSuggestForTab')}
          </button>
        </>
      )}
      {error && <ErrorNotice error={error} onRetry={() => void start()} />}
      {job && <RepliesView key={job.jobId} jobId={job.jobId} initialControls={job.controls} />}
    </div>
  );
}
