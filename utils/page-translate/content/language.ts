import { browser } from 'wxt/browser';

/** Below this, the browser's detector guesses (the single word "Hello" came back as Serbian). */
const MIN_DETECT_CHARS = 40;

function sameLanguage(detected: string, target: string): boolean {
  const [a = '', b = ''] = [detected.toLowerCase(), target.toLowerCase()];
  // Chinese scripts are different targets; elsewhere the region does not matter (pt-BR text for a pt target).
  if (a.startsWith('zh') || b.startsWith('zh')) return a === b || (a === 'zh' && b === 'zh-cn');
  return a.split('-')[0] === b.split('-')[0];
}

/**
 * Whether the text already is in the target language, detected on the device by the browser's
 * own detector (no request). Only a reliable answer skips a block: a wrong skip would leave
 * content untranslated, which users notice more than a wasted line.
 */
export async function alreadyInLanguage(text: string, target: string): Promise<boolean> {
  if (text.length < MIN_DETECT_CHARS) return false;
  try {
    const result = await browser.i18n.detectLanguage(text.slice(0, 1000));
    const top = result.languages[0];
    return result.isReliable && top !== undefined && top.percentage >= 70 && sameLanguage(top.language, target);
  } catch {
    return false;
  }
}
