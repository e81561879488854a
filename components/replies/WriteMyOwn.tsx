import { useCallback, useEffect, useRef, useState } from 'react';
import { writeOwnReply } from '../../utils/compose/messages';
import { ParleyError, type ParleyErrorData } from '../../utils/errors/parley-error';
import { t } from '../../utils/i18n/t';
import { streamFrom } from '../../utils/messaging/stream-client';
import type { Reply, ReplyControls } from '../../utils/replies/schema';
import { PanelError } from './PanelError';
import { ReplyCard } from './ReplyCard';
import { trusted } from './trusted';

interface Props {
  jobId: string;
  controls: ReplyControls;
  threadLanguage: string;
  userLanguage: string;
  onInsert: (reply: Reply) => void;
  onRate: (reply: Reply, vote: 'up' | 'down') => void;
}

interface OwnReplyState {
  reply: Reply | undefined;
  busy: boolean;
  error: ParleyErrorData | undefined;
}

/** One request per `write`; a new one cancels the one before. */
function useOwnReply(jobId: string, controls: ReplyControls) {
  const [state, setState] = useState<OwnReplyState>({ reply: undefined, busy: false, error: undefined });
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  const write = useCallback(
    (wish: string) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setState({ reply: undefined, busy: true, error: undefined });
      void (async () => {
        try {
          for await (const event of streamFrom(writeOwnReply, { jobId, wish, controls: { tone: controls.tone, length: controls.length, hint: '' } }, current.signal)) {
            const first = event.suggestions.replies[0];
            if (first) setState((previous) => ({ ...previous, reply: { ...first, intent: first.intent || t('repliesWriteOwnIntent') } }));
          }
          if (!current.signal.aborted) setState((previous) => ({ ...previous, busy: false }));
        } catch (caught) {
          if (current.signal.aborted) return;
          const error = caught instanceof ParleyError ? caught.data : { code: 'unknown' as const, message: t('repliesWriteOwnFailed'), action: 'retry' as const };
          setState((previous) => ({ ...previous, busy: false, error }));
        }
      })();
    },
    [jobId, controls.tone, controls.length],
  );
  return { state, write };
}

/** "Write my own": what the user wants to say, in their words; the reply comes back as one more card. */
export function WriteMyOwn({ jobId, controls, threadLanguage, userLanguage, onInsert, onRate }: Props) {
  const [wish, setWish] = useState('');
  const { state, write } = useOwnReply(jobId, controls);
  const { reply, busy, error } = state;
  const submit = () => {
    if (wish.trim()) write(wish.trim());
  };

  return (
    <div className="write-own">
      <label>
        <span>{t('repliesWriteOwnLabel')}</span>
        <textarea value={wish} maxLength={2000} rows={3} placeholder={t('repliesWriteOwnPlaceholder')} lang={userLanguage || undefined} onChange={(event) => setWish(event.target.value)} />
      </label>
      <button type="button" onClick={trusted(submit)} disabled={busy || !wish.trim()}>
        {t('repliesWriteOwnButton')}
      </button>
      {reply && <ReplyCard reply={reply} index={3} complete={!busy} threadLanguage={threadLanguage} userLanguage={userLanguage} onInsert={onInsert} onRate={onRate} />}
      {error && <PanelError error={error} onRetry={submit} />}
    </div>
  );
}
