import { browser } from 'wxt/browser';
import { closestLanguage } from '../languages/languages';

/** Scripts that name their language without a detector (short messages fool detectors). */
const SCRIPTS: Array<[RegExp, string]> = [
  [/[\u3040-\u30ff]/, 'ja'],
  [/[\uac00-\ud7af]/, 'ko'],
  [/[\u4e00-\u9fff]/, 'zh-CN'],
  [/[\u0600-\u06ff]/, 'ar'],
  [/[\u0590-\u05ff]/, 'he'],
  [/[\u0e00-\u0e7f]/, 'th'],
  [/[\u0900-\u097f]/, 'hi'],
  [/[\u0400-\u04ff]/, 'ru'],
  [/[\u0370-\u03ff]/, 'el'],
];

function byScript(text: string): string | undefined {
  const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '');
  for (const [pattern, code] of SCRIPTS) {
    const matched = letters.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
    if (matched > letters.length / 3) return code;
  }
  return undefined;
}

/**
 * The language of the message being answered: Chromium's detector when it is sure, else the
 * script it is written in, else the page's language, else the user's own.
 */
export async function detectThreadLanguage(text: string, pageLanguage: string, fallback: string): Promise<string> {
  const scripted = byScript(text);
  try {
    const result = await browser.i18n.detectLanguage(text.slice(0, 2000));
    const top = result.languages[0];
    const detected = closestLanguage(top?.language);
    // The detector says "zh" for Japanese kanji-heavy text; the script check knows better.
    if (detected && result.isReliable && !(scripted === 'ja' && detected.startsWith('zh'))) return detected;
  } catch {
    // Not available in this browser: fall through.
  }
  return scripted ?? closestLanguage(pageLanguage) ?? fallback;
}
