import { useState } from 'react';
import type { Reply } from '../../utils/replies/schema';
import { trusted } from './trusted';
import { t } from '../../utils/i18n/t';

interface Props {
  reply: Reply;
  index: number;
  /** False while the model is still writing this reply. */
  complete: boolean;
  threadLanguage: string;
  userLanguage: string;
  onInsert: (reply: Reply) => void;
  onRate: (reply: Reply, vote: 'up' | 'down') => void;
}

/** One suggestion: the reply in the thread's language, what it means in the user's, and its actions. */
export function ReplyCard({ reply, index, complete, threadLanguage, userLanguage, onInsert, onRate }: Props) {
  const [vote, setVote] = useState<'up' | 'down'>();
  const rate = (next: 'up' | 'down') => {
    setVote(next);
    onRate(reply, next);
  };
  return (
    <article className="reply" aria-label={reply.intent ? t('repliesCardLabelIntent', [index + 1, reply.intent]) : t('repliesCardLabel', index + 1)} data-testid="reply" aria-busy={!complete}>
      {reply.intent && <h3 className="reply-intent">{reply.intent}</h3>}
      <p className="reply-text" lang={threadLanguage || undefined} dir="auto">
        {reply.text}
      </p>
      {reply.gloss && (
        <p className="reply-gloss" lang={userLanguage || undefined} dir="auto" data-testid="gloss">
          {reply.gloss}
        </p>
      )}
      <div className="reply-actions">
        {/* mousedown would move the caret out of the compose box before the click lands */}
        <button type="button" className="primary" disabled={!complete} onMouseDown={(event) => event.preventDefault()} onClick={trusted(() => onInsert(reply))}>
          {t('repliesInsert')}
        </button>
        <button type="button" aria-label={t('repliesGood')} aria-pressed={vote === 'up'} disabled={!complete} onClick={trusted(() => rate('up'))}>
          👍
        </button>
        <button type="button" aria-label={t('repliesBad')} aria-pressed={vote === 'down'} disabled={!complete} onClick={trusted(() => rate('down'))}>
          👎
        </button>
      </div>
    </article>
  );
}
