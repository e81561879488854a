import { closestLanguage, type LanguageCode } from '../languages/languages';
import { decideSourceLanguage, type DetectorResult } from '../translate/detect';

/** What local detection said about each text the page offered (the browser's detector, run by the caller). */
export interface DetectedHints {
  answered: { text: string; detector: DetectorResult | undefined } | undefined;
  pageLanguage: string;
  pageText: { text: string; detector: DetectorResult | undefined } | undefined;
}

function base(code: LanguageCode): string {
  return code.startsWith('zh') ? code : (code.split('-')[0] ?? code);
}

/** A detector answer only when it is sure, or when the script says it (CJK, Arabic, Cyrillic…). */
function confident(sample: { text: string; detector: DetectorResult | undefined } | undefined): LanguageCode | undefined {
  if (!sample?.text.trim()) return undefined;
  const detected = decideSourceLanguage({ text: sample.text, detector: sample.detector, pageLanguage: undefined });
  const reliable = sample.detector?.isReliable === true && closestLanguage(sample.detector.languages[0]?.language) === detected;
  const byScript = decideSourceLanguage({ text: sample.text, detector: undefined, pageLanguage: undefined });
  return reliable || byScript ? detected : undefined;
}

/**
 * The language the user's message should go out in: the message being answered (a webmail
 * thread, or the original quoted in the field); else the page's declared language; else the
 * language of the page's text near the field; else the default target. A page in the draft's own
 * language (an English form for an English draft) says nothing: then the default target, or the
 * second language when the draft already is in the default target.
 */
export function decideWriteInTarget(hints: DetectedHints, draftLanguage: LanguageCode | undefined, languages: { target: LanguageCode; second: LanguageCode }): LanguageCode {
  const candidates = [confident(hints.answered), closestLanguage(hints.pageLanguage), confident(hints.pageText)];
  const found = candidates.find((code): code is LanguageCode => code !== undefined && (draftLanguage === undefined || base(code) !== base(draftLanguage)));
  if (found) return found;
  if (draftLanguage && base(draftLanguage) === base(languages.target)) return languages.second;
  return languages.target;
}

/** The draft's language: the detector when it is sure, else the script, else the user's own language (a draft is mostly the user's). */
export function decideDraftLanguage(text: string, detector: DetectorResult | undefined, userLanguage: LanguageCode): LanguageCode {
  return decideSourceLanguage({ text, detector: detector?.isReliable ? detector : undefined, pageLanguage: userLanguage }) ?? userLanguage;
}
