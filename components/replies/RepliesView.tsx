import { useEffect, useState } from 'react';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { sendRequest } from '../../utils/messaging/request-client';
import { insertReply, rateReply, undoReply } from '../../utils/replies/messages';
import type { Reply, ReplyControls as Controls } from '../../utils/replies/schema';
import { PanelError } from './PanelError';
import { ReplyCard } from './ReplyCard';
import { ReplyControls } from './ReplyControls';
import { trusted } from './trusted';
import { useSuggestions } from './useSuggestions';
import { WriteMyOwn } from './WriteMyOwn';
import { t } from '../../utils/i18n/t';

interface Props {
  jobId: string;
  initialControls: Controls;
}

function errorData(error: unknown, fallback: string): ParleyErrorData {
  return error instanceof ParleyError ? error.data : { code: 'unknown', message: fallback, action: 'retry' };
}

/** The suggestions for one job: shared by the in-page panel and the popup's Replies tab. */
export function RepliesView({ jobId, initialControls }: Props) {
  const { state, run } = useSuggestions(jobId);
  const [controls, setControls] = useState(initialControls);
  const [showTranslation, setShowTranslation] = useState(false);
  const [inserted, setInserted] = useState<string>();
  const [actionError, setActionError] = useState<ParleyErrorData>();

  // Opening the panel is the user's request: ask once on mount with the profile's defaults.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => run(initialControls), [run]);

  const { suggestions, status, threadLanguage, userLanguage } = state;
  const regenerate = () => {
    setInserted(undefined);
    run(controls);
  };
  const insert = (reply: Reply) => {
    setActionError(undefined);
    sendRequest(insertReply, { jobId, text: reply.text, intent: reply.intent, tone: controls.tone, length: controls.length })
      .then(() => setInserted(reply.intent || t('repliesReplyFallback')))
      .catch((error: unknown) => setActionError(errorData(error, t('repliesInsertFailed'))));
  };
  const undo = () => {
    sendRequest(undoReply, { jobId })
      .then(() => setInserted(undefined))
      .catch((error: unknown) => setActionError(errorData(error, t('repliesUndoFailed'))));
  };
  const rate = (reply: Reply, vote: 'up' | 'down') => {
    void sendRequest(rateReply, { jobId, intent: reply.intent, text: reply.text, vote }).catch(() => undefined);
  };

  return (
    <div className="replies-view" aria-busy={status === 'streaming'}>
      {suggestions.reading && (
        <p className="reading" data-testid="reading" lang={userLanguage || undefined} dir="auto">
          {suggestions.reading}
        </p>
      )}
      {suggestions.translation && (
        <div className="translation">
          <button type="button" aria-expanded={showTranslation} onClick={trusted(() => setShowTranslation(!showTranslation))}>
            {showTranslation ? t('repliesHideTranslation') : t('repliesShowTranslation')}
          </button>
          {showTranslation && (
            <p lang={userLanguage || undefined} dir="auto" data-testid="translation">
              {suggestions.translation}
            </p>
          )}
        </div>
      )}
      {status === 'streaming' && suggestions.replies.length === 0 && <p aria-live="polite">{t('repliesWriting')}</p>}
      <div className="replies" aria-live="polite">
        {suggestions.replies.map((reply, index) => (
          <ReplyCard
            key={index}
            reply={reply}
            index={index}
            complete={status !== 'streaming' || index < suggestions.replies.length - 1}
            threadLanguage={threadLanguage}
            userLanguage={userLanguage}
            onInsert={insert}
            onRate={rate}
          />
        ))}
      </div>
      <WriteMyOwn jobId={jobId} controls={controls} threadLanguage={threadLanguage} userLanguage={userLanguage} onInsert={insert} onRate={rate} />
      {inserted && (
        <p className="notice ok" role="status" data-testid="inserted">
          {t('repliesInserted', inserted)}{' '}
          <button type="button" onClick={trusted(undo)}>
            {t('repliesUndo')}
          </button>
        </p>
      )}
      {state.error && <PanelError error={state.error} onRetry={regenerate} />}
      {actionError && <PanelError error={actionError} />}
      <ReplyControls controls={controls} onChange={setControls} onRegenerate={regenerate} busy={status === 'streaming'} />
    </div>
  );
}
