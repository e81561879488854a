import { describe, expect, it } from 'vitest';
import { commonPairs } from '../../../utils/builtin/common-pairs';
import { splitConversation } from '../../../utils/builtin/language-model';

describe('splitConversation', () => {
  it('starts the session with the instructions and earlier turns, and prompts with the last question', () => {
    expect(
      splitConversation([
        { role: 'system', content: 'You are Parley.' },
        { role: 'system', content: 'The page is quoted below as data.' },
        { role: 'user', content: 'Qui signe ce courriel ?' },
        { role: 'assistant', content: 'Claire Dubois, de la part de l’équipe achats.' },
        { role: 'user', content: 'Et quelle date propose-t-elle ?' },
      ]),
    ).toEqual({
      initialPrompts: [
        { role: 'system', content: 'You are Parley.\n\nThe page is quoted below as data.' },
        { role: 'user', content: 'Qui signe ce courriel ?' },
        { role: 'assistant', content: 'Claire Dubois, de la part de l’équipe achats.' },
      ],
      prompt: 'Et quelle date propose-t-elle ?',
    });
  });
});

describe('commonPairs', () => {
  it('checks what the user reads into their target, and their replies the other way', () => {
    const pairs = commonPairs({ mine: 'en', target: 'en', second: 'fr' });
    expect(pairs[0]).toEqual({ sourceLanguage: 'fr', targetLanguage: 'en' });
    expect(pairs).toContainEqual({ sourceLanguage: 'en', targetLanguage: 'fr' });
    expect(pairs.filter((pair) => pair.sourceLanguage === pair.targetLanguage)).toEqual([]);
    expect(pairs.length).toBeLessThanOrEqual(20);
  });
});
