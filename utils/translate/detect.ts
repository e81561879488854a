import { closestLanguage, type LanguageCode } from '../languages/languages';

/** What `i18n.detectLanguage` answers (the browser's CLD), kept apart from the browser type for tests. */
export interface DetectorResult {
  isReliable: boolean;
  languages: Array<{ language: string; percentage: number }>;
}

/** Scripts that name a language (or a small family) on their own, checked in this order. */
const SCRIPT_RULES: Array<{ pattern: RegExp; language: (text: string) => LanguageCode; minShare?: number }> = [
  // Kana only appear in Japanese, and are a minority there beside the Han characters.
  { pattern: /[\u3040-\u30ff]/gu, language: () => 'ja', minShare: 0.05 },
  { pattern: /[\uac00-\ud7af\u1100-\u11ff]/gu, language: () => 'ko' },
  { pattern: /\p{Script=Han}/gu, language: () => 'zh-CN' },
  {
    pattern: /\p{Script=Arabic}/gu,
    // Letters Urdu and Persian add to the Arabic alphabet, and Persian's own yeh and kaf.
    language: (text) => (/[ٹڈڑںےۓھ]/u.test(text) ? 'ur' : /[پچژگکی]/u.test(text) ? 'fa' : 'ar'),
  },
  { pattern: /\p{Script=Hebrew}/gu, language: () => 'he' },
  {
    pattern: /\p{Script=Cyrillic}/gu,
    language: (text) => (/[іїєґ]/iu.test(text) ? 'uk' : /[ђћџ]/iu.test(text) ? 'sr' : 'ru'),
  },
  { pattern: /\p{Script=Greek}/gu, language: () => 'el' },
  { pattern: /\p{Script=Thai}/gu, language: () => 'th' },
  { pattern: /\p{Script=Devanagari}/gu, language: () => 'hi' },
  { pattern: /\p{Script=Bengali}/gu, language: () => 'bn' },
  { pattern: /\p{Script=Tamil}/gu, language: () => 'ta' },
];

/**
 * The language a non-Latin script points to, when it makes up most of the letters.
 * Latin text (and mixed text without a clear majority) gives undefined.
 */
export function languageFromScript(text: string): LanguageCode | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  for (const rule of SCRIPT_RULES) {
    const count = text.match(rule.pattern)?.length ?? 0;
    // A quoted foreign word does not make the text foreign: the script must carry a third of the letters.
    if (count > 0 && count / letters >= (rule.minShare ?? 1 / 3)) return rule.language(text);
  }
  return undefined;
}

export interface DetectionInput {
  text: string;
  detector: DetectorResult | undefined;
  /** The page's `lang` attribute: a hint for short Latin texts the detector cannot tell. */
  pageLanguage: string | undefined;
}

/**
 * Picks the source language without any API call. Order: a reliable detector answer; the
 * script (CJK, Arabic, Cyrillic… say a lot on their own, and the detector refines within it:
 * zh-TW rather than zh-CN, uk rather than ru); the page's language; an unreliable detector answer
 * last (it calls "Hello" Serbian).
 */
export function decideSourceLanguage({ text, detector, pageLanguage }: DetectionInput): LanguageCode | undefined {
  const detected = closestLanguage(detector?.languages[0]?.language);
  if (detector?.isReliable && detected) return detected;
  const byScript = languageFromScript(text);
  if (byScript) {
    return detected !== undefined && sharesScript(detected, byScript) ? detected : byScript;
  }
  return closestLanguage(pageLanguage) ?? detected;
}

/**
 * Whether the page's `lang` would decide the source language (a Latin text the detector is unsure
 * of): a lookup made before the page is asked (utils/translate/instant-answer.ts) must then wait for it.
 */
export function pageLanguageDecides({ text, detector }: Omit<DetectionInput, 'pageLanguage'>): boolean {
  const detected = closestLanguage(detector?.languages[0]?.language);
  if (detector?.isReliable && detected) return false;
  return languageFromScript(text) === undefined;
}

/** Whether a detector's answer is a language written in the script the text uses. */
function sharesScript(detected: LanguageCode, byScript: LanguageCode): boolean {
  const families: LanguageCode[][] = [
    ['zh-CN', 'zh-TW'],
    ['ru', 'uk', 'bg', 'sr'],
    ['ar', 'fa', 'ur'],
  ];
  return detected === byScript || families.some((family) => family.includes(detected) && family.includes(byScript));
}

function baseOf(code: LanguageCode): string {
  return code.split('-')[0] ?? code;
}

/**
 * The target: the user's choice in the bubble, else the default target; when the text already
 * is in that language, the second language instead (as DeepL does). Chinese variants count as
 * different: Traditional to Simplified is a real translation.
 */
export function decideTargetLanguage(
  source: LanguageCode | undefined,
  languages: { target: LanguageCode; second: LanguageCode },
  chosen?: LanguageCode,
): LanguageCode {
  if (chosen) return chosen;
  if (!source) return languages.target;
  const same = source.startsWith('zh') ? source === languages.target : baseOf(source) === baseOf(languages.target);
  return same ? languages.second : languages.target;
}
