import { describe, expect, it } from 'vitest';
import { decideDraftLanguage, decideWriteInTarget, type DetectedHints } from '../../../utils/compose/target-language';

const reliable = (language: string) => ({ isReliable: true, languages: [{ language, percentage: 98 }] });
const unreliable = (language: string) => ({ isReliable: false, languages: [{ language, percentage: 40 }] });
const LANGUAGES = { target: 'en', second: 'zh-CN' } as const;
const none: DetectedHints = { answered: undefined, pageLanguage: '', pageText: undefined };

describe('the language "Write in" writes in', () => {
  it('is the language of the message being answered, whatever the page says', () => {
    const hints = { ...none, answered: { text: 'Serait-il possible de décaler notre réunion ?', detector: reliable('fr') }, pageLanguage: 'en' };
    expect(decideWriteInTarget(hints, 'en', LANGUAGES)).toBe('fr');
  });

  it('takes a short answered message by its script when the detector is unsure', () => {
    const hints = { ...none, answered: { text: '了解しました。', detector: unreliable('zh') } };
    expect(decideWriteInTarget(hints, 'en', LANGUAGES)).toBe('ja');
  });

  it('falls back to the page’s lang when the answered message cannot be told', () => {
    const hints = { ...none, answered: { text: 'OK', detector: unreliable('sr') }, pageLanguage: 'de-DE' };
    expect(decideWriteInTarget(hints, 'en', LANGUAGES)).toBe('de');
  });

  it('detects the page’s text near the field when the page declares no language', () => {
    const hints = { ...none, pageText: { text: 'Vi ringrazio per la vostra offerta e attendo una risposta.', detector: reliable('it') } };
    expect(decideWriteInTarget(hints, 'en', LANGUAGES)).toBe('it');
  });

  it('ignores a page in the draft’s own language and uses the default target', () => {
    const hints = { ...none, pageLanguage: 'en' };
    expect(decideWriteInTarget(hints, 'en', { target: 'fr', second: 'de' })).toBe('fr');
  });

  it('uses the second language when the draft already is in the default target and nothing else tells', () => {
    expect(decideWriteInTarget(none, 'en', LANGUAGES)).toBe('zh-CN');
  });
});

describe('the draft’s language', () => {
  it('is the user’s own when the detector is unsure ("Hello" is not Serbian)', () => {
    expect(decideDraftLanguage('Hello', unreliable('sr'), 'en')).toBe('en');
  });

  it('is what the detector says when it is sure', () => {
    expect(decideDraftLanguage('Je vous remercie pour votre réponse rapide.', reliable('fr'), 'en')).toBe('fr');
  });
});
