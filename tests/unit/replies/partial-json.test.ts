import { describe, expect, it } from 'vitest';
import { parseLooseJson, toSuggestions } from '../../../utils/replies/partial-json';

const FULL = JSON.stringify({
  reading: 'demande de décaler la réunion ; poli, un peu pressé',
  replies: [
    { intent: 'accepter', text: 'Bonjour Claire,\nVendredi me convient.', gloss: '你好，克莱尔，周五可以。' },
    { intent: 'proposer lundi', text: 'Bonjour Claire,\nLundi matin ?', gloss: '周一上午？' },
    { intent: 'demander', text: 'Bonjour Claire,\nÀ quelle heure ?', gloss: '几点？' },
  ],
  translation: '你好，亚历克斯……',
});

describe('tolerant parsing of the streamed replies', () => {
  it('shows the first reply while the second is still being written', () => {
    const cut = FULL.slice(0, FULL.indexOf('Lundi matin') + 5);
    const suggestions = toSuggestions(parseLooseJson(cut));
    expect(suggestions.reading).toBe('demande de décaler la réunion ; poli, un peu pressé');
    expect(suggestions.replies[0]).toEqual({ intent: 'accepter', text: 'Bonjour Claire,\nVendredi me convient.', gloss: '你好，克莱尔，周五可以。' });
    expect(suggestions.replies[1]?.text).toBe('Bonjour Claire,\nLundi');
    expect(suggestions.replies).toHaveLength(2);
  });

  it('returns nothing before the object starts, then grows with every piece', () => {
    expect(parseLooseJson('')).toBeUndefined();
    expect(parseLooseJson('Here you go: ')).toBeUndefined();
    let seen = 0;
    for (let end = 1; end <= FULL.length; end += 7) {
      const count = toSuggestions(parseLooseJson(FULL.slice(0, end))).replies.length;
      expect(count).toBeGreaterThanOrEqual(seen);
      seen = count;
    }
    expect(toSuggestions(parseLooseJson(FULL)).replies).toHaveLength(3);
  });

  it('reads an answer wrapped in a ```json fence with prose around it', () => {
    const wrapped = `Sure! Here are the replies:\n\`\`\`json\n${FULL}\n\`\`\`\nLet me know if you need more.`;
    expect(toSuggestions(parseLooseJson(wrapped)).replies.map((reply) => reply.intent)).toEqual(['accepter', 'proposer lundi', 'demander']);
  });

  it('keeps a finished object followed by prose without a fence', () => {
    expect(toSuggestions(parseLooseJson(`${FULL}\nHope this helps!`)).translation).toBe('你好，亚历克斯……');
  });

  it('accepts the key names models use instead and ignores the rest', () => {
    const other = '{"summary":"asks for a date","suggestions":[{"label":"yes","reply":"Yes, Friday works.","translation":"Oui"},"Plain string reply"],"extra":42}';
    expect(toSuggestions(parseLooseJson(other))).toEqual({
      reading: 'asks for a date',
      translation: '',
      replies: [
        { intent: 'yes', text: 'Yes, Friday works.', gloss: 'Oui' },
        { intent: '', text: 'Plain string reply', gloss: '' },
      ],
    });
  });

  it('gives empty suggestions for text that is not JSON', () => {
    expect(toSuggestions(parseLooseJson('I cannot help with that.'))).toEqual({ reading: '', translation: '', replies: [] });
  });
});
