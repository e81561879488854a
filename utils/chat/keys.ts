/**
 * The new-conversation draft has this key; a conversation's draft has the conversation's id.
 * Its own file, without zod, so the popup's first paint can name it (components/chat/ChatTab.tsx).
 */
export const NEW_CHAT_KEY = 'new';
