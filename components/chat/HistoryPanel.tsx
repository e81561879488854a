import { useState } from 'react';
import { conversationToJson, conversationToMarkdown, exportFileName } from '../../utils/chat/export';
import { chatDeleteConversation, chatUpdateConversation } from '../../utils/chat/messages';
import { getMessages, listConversations } from '../../utils/chat/queries';
import type { ConversationRecord } from '../../utils/chat/schema';
import { sendRequest } from '../../utils/messaging/request-client';
import { downloadText } from './download';
import { useLiveQuery } from './useLiveQuery';
import { t } from '../../utils/i18n/t';

interface Props {
  currentId: string | null;
  onOpen: (id: string) => void;
}

async function exportConversation(conversation: ConversationRecord, format: 'md' | 'json'): Promise<void> {
  const messages = await getMessages(conversation.id);
  if (format === 'md') downloadText(exportFileName(conversation, 'md'), conversationToMarkdown(conversation, messages), 'text/markdown');
  else downloadText(exportFileName(conversation, 'json'), conversationToJson(conversation, messages), 'application/json');
}

function ConversationRow({ conversation, current, onOpen }: { conversation: ConversationRecord; current: boolean; onOpen: () => void }) {
  const [title, setTitle] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  if (title !== null) {
    return (
      <li>
        <form
          className="row"
          onSubmit={(event) => {
            event.preventDefault();
            if (title.trim()) void sendRequest(chatUpdateConversation, { id: conversation.id, title: title.trim() });
            setTitle(null);
          }}
        >
          <input aria-label={t('chatNewTitle')} value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} autoFocus />
          <button type="submit" className="small primary" disabled={!title.trim()}>
            {t('commonSave')}
          </button>
          <button type="button" className="small" onClick={() => setTitle(null)}>
            {t('commonCancel')}
          </button>
        </form>
      </li>
    );
  }
  return (
    <li data-testid="conversation-row" aria-current={current}>
      <button type="button" className="conversation-title" onClick={onOpen}>
        {conversation.title}
        <span className="muted"> · {new Date(conversation.updatedAt).toLocaleString()}</span>
      </button>
      <div className="row">
        <button type="button" className="small" onClick={() => setTitle(conversation.title)}>
          {t('chatRename')}
        </button>
        <button type="button" className="small" onClick={() => void exportConversation(conversation, 'md')}>
          {t('chatExportMarkdown')}
        </button>
        <button type="button" className="small" onClick={() => void exportConversation(conversation, 'json')}>
          {t('chatExportJson')}
        </button>
        {confirming ? (
          <button type="button" className="small danger" onClick={() => void sendRequest(chatDeleteConversation, { id: conversation.id })}>
            {t('chatConfirmDelete')}
          </button>
        ) : (
          <button type="button" className="small" onClick={() => setConfirming(true)}>
            {t('commonDelete')}
          </button>
        )}
      </div>
    </li>
  );
}

/** Every saved conversation, newest first, with search over titles and messages. */
export function HistoryPanel({ currentId, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const conversations = useLiveQuery(() => listConversations(query), [query]);
  return (
    <section className="history" aria-label={t('chatHistoryLabel')}>
      <input type="search" aria-label={t('chatSearch')} placeholder={t('chatSearch')} value={query} onChange={(event) => setQuery(event.target.value)} />
      {conversations?.length === 0 && <p className="muted">{query ? t('chatNoMatches') : t('chatNoChats')}</p>}
      <ul className="conversation-list">
        {conversations?.map((conversation) => (
          <ConversationRow
            key={conversation.id}
            conversation={conversation}
            current={conversation.id === currentId}
            onOpen={() => onOpen(conversation.id)}
          />
        ))}
      </ul>
    </section>
  );
}
