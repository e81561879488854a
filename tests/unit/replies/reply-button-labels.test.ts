import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestRepliesLabel, unavailableLabel } from '../../../components/replies/reply-button-labels';

const LOCALES = path.resolve('public/_locales');
type Messages = Record<string, { message: string }>;
const messagesOf = (folder: string) => JSON.parse(readFileSync(path.join(LOCALES, folder, 'messages.json'), 'utf8')) as Messages;

describe('the reply button labels built into the webmail script', () => {
  it.each(readdirSync(LOCALES))('are the %s locale’s own strings when the browser speaks it', (folder) => {
    const uiLanguage = folder.replace('_', '-');
    expect(suggestRepliesLabel(uiLanguage)).toBe(messagesOf(folder).menuSuggestReplies?.message);
    expect(unavailableLabel(uiLanguage)).toBe(messagesOf(folder).webmailUnavailable?.message);
  });

  it('fall back as Chrome does for i18n.getMessage: the language without its region, then English', () => {
    expect(suggestRepliesLabel('de-AT')).toBe('Antworten vorschlagen');
    expect(suggestRepliesLabel('fr-CA')).toBe('Suggérer des réponses');
    expect(suggestRepliesLabel('zh-TW')).toBe('建議回覆');
    expect(suggestRepliesLabel('zh-CN')).toBe('建议回复');
    expect(suggestRepliesLabel('PT-br')).toBe('Sugerir respostas');
    // No pt folder: Portuguese from Portugal gets the default locale, as the rest of Parley's UI does.
    expect(suggestRepliesLabel('pt-PT')).toBe('Suggest replies');
    expect(unavailableLabel('sv-SE')).toBe('Parley is unavailable: it may have been updated. Reload the page.');
  });
});
