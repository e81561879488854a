import { browser } from 'wxt/browser';
import { z } from 'zod';
import { closestLanguage, type LanguageCode } from '../languages/languages';

const DetectionSchema = z.object({
  languages: z.array(z.object({ language: z.string(), percentage: z.number() })),
});

/**
 * The Translator needs its source language up front. Chrome's own detector (chrome.i18n, no
 * download) is used rather than LanguageDetector, which is `unavailable` on many devices: another
 * extension's built-in path fails whole for that reason (kiss-translator #977).
 */
export async function detectSourceLanguage(text: string): Promise<LanguageCode | undefined> {
  try {
    const parsed = DetectionSchema.safeParse(await browser.i18n.detectLanguage(text));
    if (!parsed.success) return undefined;
    const [top] = [...parsed.data.languages].sort((a, b) => b.percentage - a.percentage);
    return top && top.percentage >= 50 ? closestLanguage(top.language) : undefined;
  } catch {
    return undefined;
  }
}
