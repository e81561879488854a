import { browser } from 'wxt/browser';
import type { LanguageCode } from '../languages/languages';
import { decideSourceLanguage, type DetectorResult } from './detect';

/** The browser's detector needs no more than this to tell a language; long texts only cost time. */
const DETECT_SAMPLE_CHARS = 2_000;

/** Local detection only: the browser's own detector (works in the service worker), then script ranges, then the page's lang. */
export async function detectSourceLanguage(text: string, pageLanguage: string | undefined): Promise<LanguageCode | undefined> {
  let detector: DetectorResult | undefined;
  try {
    detector = await browser.i18n.detectLanguage(text.slice(0, DETECT_SAMPLE_CHARS));
  } catch {
    // Some browsers lack the detector; the fallbacks below still answer.
  }
  return decideSourceLanguage({ text, detector, pageLanguage });
}
