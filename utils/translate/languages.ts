import { browser } from 'wxt/browser';
import type { LanguageCode } from '../languages/languages';
import { decideSourceLanguage, pageLanguageDecides, type DetectorResult } from './detect';

/** The browser's detector needs no more than this to tell a language; long texts only cost time. */
const DETECT_SAMPLE_CHARS = 2_000;

async function browserDetector(text: string): Promise<DetectorResult | undefined> {
  try {
    return await browser.i18n.detectLanguage(text.slice(0, DETECT_SAMPLE_CHARS));
  } catch {
    // Some browsers lack the detector; the fallbacks after it still answer.
    return undefined;
  }
}

/** Local detection only: the browser's own detector (works in the service worker), then script ranges, then the page's lang. */
export async function detectSourceLanguage(text: string, pageLanguage: string | undefined): Promise<LanguageCode | undefined> {
  return decideSourceLanguage({ text, detector: await browserDetector(text), pageLanguage });
}

/** The source language when the page's `lang` cannot change it; `decided: false` when it could. */
export async function detectSourceLanguageWithoutPage(text: string): Promise<{ decided: true; language: LanguageCode | undefined } | { decided: false }> {
  const detector = await browserDetector(text);
  if (pageLanguageDecides({ text, detector })) return { decided: false };
  return { decided: true, language: decideSourceLanguage({ text, detector, pageLanguage: undefined }) };
}
