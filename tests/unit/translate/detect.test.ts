import { describe, expect, it } from 'vitest';
import { decideSourceLanguage, decideTargetLanguage, languageFromScript, pageLanguageDecides } from '../../../utils/translate/detect';

const unreliable = (language: string) => ({ isReliable: false, languages: [{ language, percentage: 60 }] });

describe('languageFromScript', () => {
  it.each([
    ['上海今天开通了第一条全自动驾驶公交线路', 'zh-CN'],
    ['東京駅から新幹線に乗りました', 'ja'],
    ['회의는 내일 오후 세 시에 시작합니다', 'ko'],
    ['افتتح معرض الشارقة الدولي للكتاب', 'ar'],
    ['این کتاب را دیروز خریدم و خیلی خوب است', 'fa'],
    ['ההרצאה תתחיל מחר בשעה עשר', 'he'],
    ['Встреча переносится на следующую неделю', 'ru'],
    ['Зустріч переноситься на наступний тиждень, її організує Євген', 'uk'],
    ['Η συνάντηση μετατίθεται για την επόμενη εβδομάδα', 'el'],
  ])('names the language of %s', (text, language) => {
    expect(languageFromScript(text)).toBe(language);
  });

  it('says nothing for Latin text, whose script names no language', () => {
    expect(languageFromScript('La réunion est reportée à la semaine prochaine.')).toBeUndefined();
  });

  it('is not swayed by one foreign word, emoji or digits in a Latin sentence', () => {
    expect(languageFromScript('We ordered 2 bowls of 拉面 at 7pm 🍜 and it was great')).toBeUndefined();
  });
});

describe('decideSourceLanguage', () => {
  it('trusts a reliable detector answer', () => {
    expect(decideSourceLanguage({ text: 'La réunion est reportée.', detector: { isReliable: true, languages: [{ language: 'fr', percentage: 99 }] }, pageLanguage: 'en' })).toBe('fr');
  });

  it('uses the script when the detector is unsure, keeping the detector’s variant within that script', () => {
    expect(decideSourceLanguage({ text: '上海今天開通了第一條公交線路', detector: unreliable('zh-Hant'), pageLanguage: undefined })).toBe('zh-TW');
    expect(decideSourceLanguage({ text: 'افتتح معرض الشارقة', detector: unreliable('ar'), pageLanguage: 'en' })).toBe('ar');
    expect(decideSourceLanguage({ text: '上海今天开通了公交线路', detector: unreliable('ja'), pageLanguage: undefined })).toBe('zh-CN');
  });

  it('prefers the page language over an unreliable guess for short Latin text', () => {
    expect(decideSourceLanguage({ text: 'Hello', detector: unreliable('sr'), pageLanguage: 'en-GB' })).toBe('en');
  });

  it('falls back to the unreliable guess when nothing else is known, and to nothing at all', () => {
    expect(decideSourceLanguage({ text: 'Bonjour', detector: unreliable('fr'), pageLanguage: undefined })).toBe('fr');
    expect(decideSourceLanguage({ text: '12345', detector: undefined, pageLanguage: undefined })).toBeUndefined();
  });
});

describe('pageLanguageDecides', () => {
  const reliable = { isReliable: true, languages: [{ language: 'fr', percentage: 99 }] };

  it('is false where the detector or the script settles it: the page cannot change the answer', () => {
    expect(pageLanguageDecides({ text: 'La réunion est reportée.', detector: reliable })).toBe(false);
    expect(pageLanguageDecides({ text: '上海今天开通了公交线路', detector: unreliable('ja') })).toBe(false);
    expect(pageLanguageDecides({ text: 'Встреча переносится', detector: undefined })).toBe(false);
  });

  it('is true for Latin text the detector is unsure of, or where there is no detector', () => {
    expect(pageLanguageDecides({ text: 'Hello', detector: unreliable('sr') })).toBe(true);
    expect(pageLanguageDecides({ text: 'Hello', detector: undefined })).toBe(true);
    expect(pageLanguageDecides({ text: 'Hello', detector: { isReliable: true, languages: [{ language: 'xx-unknown', percentage: 90 }] } })).toBe(true);
  });

  it('agrees with decideSourceLanguage: where it is false, every page language gives the same answer', () => {
    const cases = [
      { text: 'La réunion est reportée.', detector: reliable },
      { text: '上海今天開通了第一條公交線路', detector: unreliable('zh-Hant') },
      { text: 'Hello', detector: unreliable('sr') },
    ];
    for (const input of cases) {
      const answers = new Set(['en', 'de', 'ja', undefined].map((pageLanguage) => decideSourceLanguage({ ...input, pageLanguage })));
      expect(answers.size === 1).toBe(!pageLanguageDecides(input));
    }
  });
});

describe('decideTargetLanguage', () => {
  const languages = { target: 'en', second: 'zh-CN' } as const;

  it('translates into the target language by default', () => {
    expect(decideTargetLanguage('fr', languages)).toBe('en');
    expect(decideTargetLanguage(undefined, languages)).toBe('en');
  });

  it('uses the second language when the text already is in the target', () => {
    expect(decideTargetLanguage('en', languages)).toBe('zh-CN');
  });

  it('counts Traditional and Simplified Chinese as different languages', () => {
    expect(decideTargetLanguage('zh-TW', { target: 'zh-CN', second: 'en' })).toBe('zh-CN');
    expect(decideTargetLanguage('zh-CN', { target: 'zh-CN', second: 'en' })).toBe('en');
  });

  it('keeps the language the user picked in the bubble', () => {
    expect(decideTargetLanguage('en', languages, 'de')).toBe('de');
  });
});
