import { useState } from 'react';
import type { MessageRecord } from '../../utils/chat/schema';
import { ErrorNotice } from '../ui/ErrorNotice';
import { CopyButton } from './CopyButton';
import { MarkdownView } from './MarkdownView';
import type { LiveAnswer } from './useChatStream';
import { UsageLine } from './UsageLine';
import { t } from '../../utils/i18n/t';

export interface MessageActions {
  onStop: () => void;
  onRegenerate: () => void;
  onEdit: (text: string) => void;
}

interface Props {
  message: MessageRecord;
  /** Whether this is the conversation's last message of its role (only those can be edited or regenerated). */
  isLastOfRole: boolean;
  live: LiveAnswer | null;
  busy: boolean;
  actions: MessageActions;
}

function UserMessage({ message, isLastOfRole, busy, actions }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <article className="message user" data-testid="message-user" data-status={message.status}>
      {message.context && (
        <details className="quoted-context">
          <summary>
            {t(message.context.kind === 'selection' ? 'chatQuotedSelection' : 'chatQuotedPage', message.context.title || message.context.url)}
          </summary>
          <blockquote>{message.context.text}</blockquote>
        </details>
      )}
      {editing === null ? (
        <div className="plain-text">{message.content}</div>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (editing.trim()) actions.onEdit(editing);
            setEditing(null);
          }}
        >
          <textarea aria-label={t('chatEditLabel')} value={editing} onChange={(event) => setEditing(event.target.value)} rows={3} />
          <div className="message-actions">
            <button type="submit" className="primary small" disabled={!editing.trim()}>
              {t('chatSendEdited')}
            </button>
            <button type="button" className="small" onClick={() => setEditing(null)}>
              {t('commonCancel')}
            </button>
          </div>
        </form>
      )}
      {editing === null && (
        <div className="message-actions">
          <CopyButton text={message.content} />
          {isLastOfRole && !busy && (
            <button type="button" className="small" onClick={() => setEditing(message.content)}>
              {t('chatEdit')}
            </button>
          )}
        </div>
      )}
    </article>
  );
}

function AssistantMessage({ message, isLastOfRole, live, busy, actions }: Props) {
  const streaming = message.status === 'streaming';
  // While this page follows the stream it has newer text than the store's throttled copy.
  const useLive = streaming && live?.messageId === message.id && live.text.length >= message.content.length;
  const content = useLive && live ? live.text : message.content;
  const reasoning = useLive && live ? live.reasoning || message.reasoning : message.reasoning;
  return (
    <>
      {message.trimmedCount > 0 && (
        <p className="trim-note" role="note" data-testid="trim-note">
          {message.trimmedCount === 1
            ? t('chatTrimNoteOne', message.model ?? t('chatTheModel'))
            : t('chatTrimNote', [message.model ?? t('chatTheModel'), message.trimmedCount])}
        </p>
      )}
      <article className="message assistant" data-testid="message-assistant" data-status={message.status} aria-busy={streaming}>
        {reasoning && (
          <details className="reasoning">
            <summary>{t('chatReasoning')}</summary>
            <div className="plain-text">{reasoning}</div>
          </details>
        )}
        {content ? <MarkdownView markdown={content} /> : streaming && <p className="muted">{t('chatWriting')}</p>}
        {message.status === 'error' && message.error && (
          <>
            <ErrorNotice error={message.error} onRetry={actions.onRegenerate} />
            {message.error.action !== 'retry' && (
              <button type="button" className="small" onClick={actions.onRegenerate} disabled={busy}>
                {t('commonRetry')}
              </button>
            )}
          </>
        )}
        {message.status === 'stopped' && <p className="muted">{t('chatStopped')}</p>}
        <div className="message-actions">
          {streaming ? (
            <button type="button" className="small" onClick={actions.onStop}>
              {t('chatStop')}
            </button>
          ) : (
            <>
              {content && <CopyButton text={content} />}
              {isLastOfRole && message.status !== 'error' && (
                <button type="button" className="small" onClick={actions.onRegenerate} disabled={busy}>
                  {t('chatRegenerate')}
                </button>
              )}
            </>
          )}
          <UsageLine message={message} />
        </div>
      </article>
    </>
  );
}

export function MessageItem(props: Props) {
  return props.message.role === 'user' ? <UserMessage {...props} /> : <AssistantMessage {...props} />;
}
