import { CHAT_CONTEXT_VERSION } from '../prompts/chat-context';
import type { ConversationRecord, MessageRecord } from './schema';

export const EXPORT_FORMAT = 'parley-chat-export';
export const EXPORT_VERSION = 1;

/** A file name the user recognises and every file system accepts. */
export function exportFileName(conversation: ConversationRecord, extension: 'md' | 'json'): string {
  const date = new Date(conversation.createdAt).toISOString().slice(0, 10);
  const slug = conversation.title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `parley-${date}-${slug || 'chat'}.${extension}`;
}

/** A fence longer than any backtick run in the text, so quoted code cannot end it early. */
function fenceFor(text: string): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
  return '`'.repeat(longest + 1);
}

function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function statusNote(message: MessageRecord): string | undefined {
  if (message.status === 'stopped') return '_(stopped before the end)_';
  if (message.status === 'error') return `_(failed: ${message.error?.message ?? 'unknown error'})_`;
  if (message.status === 'streaming') return '_(still being written when exported)_';
  return undefined;
}

function messageMarkdown(message: MessageRecord): string {
  const parts: string[] = [];
  if (message.role === 'user') {
    parts.push('## You');
    if (message.context) {
      const what = message.context.kind === 'selection' ? 'Selection from' : 'Page';
      parts.push(`${what} [${message.context.title || message.context.url}](${message.context.url}):`, quoteBlock(message.context.text));
    }
    if (message.content) parts.push(message.content);
  } else {
    parts.push(`## Assistant${message.model ? ` (${message.model})` : ''}`);
    if (message.reasoning) {
      const fence = fenceFor(message.reasoning);
      parts.push(`<details><summary>Reasoning</summary>\n\n${fence}text\n${message.reasoning}\n${fence}\n\n</details>`);
    }
    if (message.content) parts.push(message.content);
  }
  const note = statusNote(message);
  if (note) parts.push(note);
  return parts.join('\n\n');
}

export function conversationToMarkdown(conversation: ConversationRecord, messages: MessageRecord[]): string {
  const header = [
    `# ${conversation.title}`,
    '',
    `- Started: ${new Date(conversation.createdAt).toISOString()}`,
    `- Model: ${conversation.model ?? 'the default model in settings'}`,
  ];
  if (conversation.systemPrompt) {
    const fence = fenceFor(conversation.systemPrompt);
    header.push('', '**System prompt**', '', `${fence}text\n${conversation.systemPrompt}\n${fence}`);
  }
  return [header.join('\n'), ...messages.map(messageMarkdown)].join('\n\n') + '\n';
}

export function conversationToJson(conversation: ConversationRecord, messages: MessageRecord[]): string {
  const exported = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    promptVersion: CHAT_CONTEXT_VERSION,
    exportedAt: new Date().toISOString(),
    conversation,
    messages: messages.map(({ conversationId: _conversationId, ...message }) => message),
  };
  return `${JSON.stringify(exported, null, 2)}\n`;
}
