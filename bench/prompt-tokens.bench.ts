import { countTokens, encodeChat } from 'gpt-tokenizer/model/gpt-4o';
import { test } from '@playwright/test';
import { buildRepliesPrompt } from '../utils/prompts/replies';
import { buildTranslateMessages } from '../utils/prompts/translate';
import type { Conversation } from '../utils/replies/schema';
import type { TermEntry } from '../utils/terms/schema';
import { termsFor } from '../utils/terms/terms-for';
import { saveFigures } from './figures.ts';

// Counted with o200k (gpt-4o's encoding), chat framing included: what a provider bills as prompt tokens.
const chatTokens = (messages: Array<{ role: string; content: string }>) =>
  encodeChat(messages.map(({ role, content }) => ({ role: role as 'system' | 'user' | 'assistant', content })), 'gpt-4o').length;

const SENTENCE = 'Serait-il possible de décaler notre réunion à vendredi 13 mars, à la même heure ?';

const THREAD: Conversation = {
  adapter: 'gmail',
  thread: {
    subject: 'Point exposition Lyon',
    messages: [
      { sender: { name: 'Claire Dubois', email: 'claire.dubois@atelier-lumiere.fr' }, date: 'lun. 9 mars 2026 17:14', body: 'Bonjour Alex,\n\nComme convenu au téléphone, je vous propose de faire le point sur l’exposition de Lyon jeudi 12 mars à 15 h, dans nos bureaux de la rue Mercière.\n\nBien cordialement,\nClaire' },
      { sender: { name: '渡辺 健二', email: 'kenji.watanabe@hikari-design.jp' }, date: '2026年3月9日 23:40', body: 'クレールさん、アレックスさん\n\n木曜日の15時（日本時間23時）で問題ありません。展示の資料は前日までに共有します。\n\nよろしくお願いいたします。\n渡辺 健二' },
      { sender: { name: 'Claire Dubois', email: 'claire.dubois@atelier-lumiere.fr' }, date: 'mar. 10 mars 2026 08:52', body: 'Bonjour Alex,\n\nJe suis désolée de vous prévenir si tard : le transporteur livre les œuvres jeudi après-midi. Serait-il possible de décaler notre réunion à vendredi 13 mars, à la même heure ?\n\nBien à vous,\nClaire' },
    ],
  },
  ownText: '',
  hasSignature: true,
  pageLanguage: 'fr',
};

test('prompt overhead: tokens Parley adds around a sentence to translate and a three-message thread', () => {
  const translate = chatTokens(buildTranslateMessages({ text: SENTENCE, sourceLanguage: 'fr', targetLanguage: 'en' }));
  const sentence = countTokens(SENTENCE);

  const replies = chatTokens(
    buildRepliesPrompt({
      conversation: THREAD,
      controls: { tone: 'neutral', length: 'medium', hint: '' },
      profile: { name: '', role: '', writingStyle: '', signature: '', tone: 'neutral', length: 'medium' },
      threadLanguage: { code: 'fr', name: 'French' },
      userLanguage: { code: 'en', name: 'English' },
      learned: [],
    }),
  );
  // The thread's own words: subject, senders, dates and bodies. Everything else is Parley's.
  const { subject, messages } = THREAD.thread;
  const threadOwn = countTokens(subject) + messages.reduce((sum, m) => sum + countTokens(`${m.sender.name} <${m.sender.email}>`) + countTokens(m.date) + countTokens(m.body), 0);

  // A 200-entry terms list, as a translation agency keeps one; three of its entries occur in the sentence.
  const terms: TermEntry[] = Array.from({ length: 197 }, (_, index) => ({
    source: `Produit ${index + 1}`,
    target: `Product ${index + 1}`,
    keep: false,
    caseSensitive: false,
    sourceLanguage: null,
    targetLanguage: null,
  }));
  terms.push(
    { source: 'réunion', target: 'meeting', keep: false, caseSensitive: false, sourceLanguage: 'fr', targetLanguage: 'en' },
    { source: 'vendredi', target: 'Friday', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: 'en' },
    { source: 'décaler', target: 'move', keep: false, caseSensitive: false, sourceLanguage: null, targetLanguage: null },
  );
  const matched = termsFor(SENTENCE, { source: 'fr', target: 'en' }, { terms });
  if (matched.length !== 3) throw new Error(`expected 3 of the 200 terms to occur, found ${matched.length}`);
  const withTerms = chatTokens(buildTranslateMessages({ text: SENTENCE, sourceLanguage: 'fr', targetLanguage: 'en', terms: matched }));
  // Only the 3 matched lines and the block's one heading line are paid for; the other 197 entries cost nothing.
  const allListed = chatTokens(buildTranslateMessages({ text: SENTENCE, sourceLanguage: 'fr', targetLanguage: 'en', terms }));

  const none = { build: 'none' as const };
  saveFigures('prompt-tokens', [
    { id: 'tokens.translate', label: 'Translation prompt overhead (one French sentence to English)', unit: 'tokens', value: translate - sentence, ...none, note: `${translate} prompt tokens for a ${sentence}-token sentence` },
    {
      id: 'tokens.translateTerms',
      label: 'Translation prompt overhead with a 200-entry terms list, 3 of them in the sentence',
      unit: 'tokens',
      value: withTerms - sentence,
      ...none,
      note: `+${withTerms - translate} tokens for the 3 matching entries; sending the whole list would add ${allListed - translate}`,
    },
    { id: 'tokens.replies', label: 'Reply prompt overhead (three-message thread, French reply, English glosses)', unit: 'tokens', value: replies - threadOwn, ...none, note: `${replies} prompt tokens for ${threadOwn} tokens of thread` },
  ]);
});
