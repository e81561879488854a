import { describe, expect, it } from 'vitest';
import { conversationToJson, conversationToMarkdown, exportFileName, EXPORT_FORMAT } from '../../../utils/chat/export';
import type { ConversationRecord, MessageRecord } from '../../../utils/chat/schema';

const conversation: ConversationRecord = {
  id: 'c1',
  title: 'Kündigung: Fristen / Vertrag?',
  presetId: 'assistant',
  systemPrompt: 'You are a helpful assistant.',
  model: 'gpt-4o-mini',
  createdAt: Date.UTC(2026, 10, 3, 9, 30),
  updatedAt: Date.UTC(2026, 10, 3, 9, 35),
};

function message(partial: Partial<MessageRecord> & Pick<MessageRecord, 'role' | 'content'>): MessageRecord {
  return { id: `m${partial.seq ?? 1}`, conversationId: 'c1', seq: 1, reasoning: '', status: 'done', trimmedCount: 0, createdAt: conversation.createdAt, ...partial };
}

const messages: MessageRecord[] = [
  message({
    seq: 1,
    role: 'user',
    content: 'Was bedeutet dieser Absatz?',
    context: { kind: 'selection', title: 'AGB', url: 'https://example.de/agb', text: 'Der Vertrag verlängert sich\num ein Jahr.', truncated: false },
  }),
  message({ seq: 2, role: 'assistant', content: 'Er verlängert sich **automatisch**.\n\n```js\nconst x = "```";\n```', reasoning: 'Think ```about``` it', model: 'gpt-4o-mini' }),
  message({ seq: 3, role: 'user', content: 'Und die Frist?' }),
  message({
    seq: 4,
    role: 'assistant',
    content: 'Drei Mon',
    status: 'error',
    error: { code: 'stream-cut', message: 'The answer was cut off.', action: 'retry' },
  }),
];

describe('conversationToMarkdown', () => {
  const markdown = conversationToMarkdown(conversation, messages);

  it('starts with the title, the date, the model and the system prompt', () => {
    expect(markdown.startsWith('# Kündigung: Fristen / Vertrag?\n')).toBe(true);
    expect(markdown).toContain('- Started: 2026-11-03T09:30:00.000Z');
    expect(markdown).toContain('- Model: gpt-4o-mini');
    expect(markdown).toContain('You are a helpful assistant.');
  });

  it('writes each turn under its speaker, the quoted page as a blockquote', () => {
    expect(markdown).toContain('## You\n\nSelection from [AGB](https://example.de/agb):\n\n> Der Vertrag verlängert sich\n> um ein Jahr.\n\nWas bedeutet dieser Absatz?');
    expect(markdown).toContain('## Assistant (gpt-4o-mini)');
    expect(markdown).toContain('Er verlängert sich **automatisch**.');
  });

  it('folds reasoning in a fence that its own backticks cannot close', () => {
    expect(markdown).toContain('<details><summary>Reasoning</summary>\n\n````text\nThink ```about``` it\n````');
  });

  it('keeps a failed answer with what arrived and says it failed', () => {
    expect(markdown).toContain('Drei Mon\n\n_(failed: The answer was cut off.)_');
  });
});

describe('conversationToJson', () => {
  it('holds the conversation and every message, in order, and parses back', () => {
    const parsed = JSON.parse(conversationToJson(conversation, messages)) as {
      format: string;
      version: number;
      conversation: ConversationRecord;
      messages: Array<Omit<MessageRecord, 'conversationId'>>;
    };
    expect(parsed.format).toBe(EXPORT_FORMAT);
    expect(parsed.version).toBe(1);
    expect(parsed.conversation).toEqual(conversation);
    expect(parsed.messages.map((entry) => entry.content)).toEqual(messages.map((entry) => entry.content));
    expect(parsed.messages[0]?.context?.text).toBe('Der Vertrag verlängert sich\num ein Jahr.');
    expect(parsed.messages[3]).toMatchObject({ status: 'error', error: { code: 'stream-cut' } });
  });
});

describe('exportFileName', () => {
  it('names the file by date and title, without characters file systems refuse', () => {
    expect(exportFileName(conversation, 'md')).toBe('parley-2026-11-03-Kündigung-Fristen-Vertrag.md');
    expect(exportFileName({ ...conversation, title: '???' }, 'json')).toBe('parley-2026-11-03-chat.json');
  });
});
