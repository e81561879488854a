import { useEffect, useRef } from 'react';
import type { MessageRecord } from '../../utils/chat/schema';
import { MessageItem } from './MessageItem';
import type { LiveAnswer } from './useChatStream';
import { t } from '../../utils/i18n/t';

interface Props {
  messages: MessageRecord[];
  live: LiveAnswer | null;
  busy: boolean;
  onStop: () => void;
  onRegenerate: () => void;
  onEdit: (text: string) => void;
}

export function MessageList({ messages, live, busy, onStop, onRegenerate, onEdit }: Props) {
  const end = useRef<HTMLDivElement>(null);
  const lastUser = messages.findLast((message) => message.role === 'user');
  const lastAssistant = messages.findLast((message) => message.role === 'assistant');
  const total = messages.reduce((sum, message) => sum + (message.usage?.totalTokens ?? 0), 0);

  // Follow the answer as it grows, as chat apps do.
  useEffect(() => {
    // Newer browsers return a promise from scrollIntoView; an effect must return nothing.
    void end.current?.scrollIntoView({ block: 'end' });
  }, [messages.length, live?.text.length]);

  if (messages.length === 0) {
    return <p className="muted empty-chat">{t('chatEmpty')}</p>;
  }
  return (
    <div className="message-list" aria-live="polite">
      {messages.map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          isLastOfRole={message.id === (message.role === 'user' ? lastUser?.id : lastAssistant?.id)}
          live={live}
          busy={busy}
          actions={{ onStop, onRegenerate, onEdit }}
        />
      ))}
      {total > 0 && (
        <p className="muted conversation-usage" data-testid="conversation-usage">
          {t('chatUsageTotal', total)}
        </p>
      )}
      <div ref={end} />
    </div>
  );
}
