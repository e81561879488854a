/** Languages Parley translates into, by BCP 47 code, with the name speakers use for their own language. */
export const LANGUAGES = [
  { code: 'en', english: 'English', native: 'English' },
  { code: 'zh-CN', english: 'Chinese (Simplified)', native: '简体中文' },
  { code: 'zh-TW', english: 'Chinese (Traditional)', native: '繁體中文' },
  { code: 'ja', english: 'Japanese', native: '日本語' },
  { code: 'ko', english: 'Korean', native: '한국어' },
  { code: 'es', english: 'Spanish', native: 'Español' },
  { code: 'fr', english: 'French', native: 'Français' },
  { code: 'de', english: 'German', native: 'Deutsch' },
  { code: 'pt-BR', english: 'Portuguese (Brazil)', native: 'Português (Brasil)' },
  { code: 'pt-PT', english: 'Portuguese (Portugal)', native: 'Português (Portugal)' },
  { code: 'ru', english: 'Russian', native: 'Русский' },
  { code: 'it', english: 'Italian', native: 'Italiano' },
  { code: 'nl', english: 'Dutch', native: 'Nederlands' },
  { code: 'pl', english: 'Polish', native: 'Polski' },
  { code: 'uk', english: 'Ukrainian', native: 'Українська' },
  { code: 'tr', english: 'Turkish', native: 'Türkçe' },
  { code: 'ar', english: 'Arabic', native: 'العربية' },
  { code: 'he', english: 'Hebrew', native: 'עברית' },
  { code: 'fa', english: 'Persian', native: 'فارسی' },
  { code: 'hi', english: 'Hindi', native: 'हिन्दी' },
  { code: 'bn', english: 'Bengali', native: 'বাংলা' },
  { code: 'ur', english: 'Urdu', native: 'اردو' },
  { code: 'th', english: 'Thai', native: 'ไทย' },
  { code: 'vi', english: 'Vietnamese', native: 'Tiếng Việt' },
  { code: 'id', english: 'Indonesian', native: 'Bahasa Indonesia' },
  { code: 'ms', english: 'Malay', native: 'Bahasa Melayu' },
  { code: 'fil', english: 'Filipino', native: 'Filipino' },
  { code: 'sv', english: 'Swedish', native: 'Svenska' },
  { code: 'da', english: 'Danish', native: 'Dansk' },
  { code: 'nb', english: 'Norwegian', native: 'Norsk bokmål' },
  { code: 'fi', english: 'Finnish', native: 'Suomi' },
  { code: 'cs', english: 'Czech', native: 'Čeština' },
  { code: 'sk', english: 'Slovak', native: 'Slovenčina' },
  { code: 'hu', english: 'Hungarian', native: 'Magyar' },
  { code: 'ro', english: 'Romanian', native: 'Română' },
  { code: 'bg', english: 'Bulgarian', native: 'Български' },
  { code: 'el', english: 'Greek', native: 'Ελληνικά' },
  { code: 'sr', english: 'Serbian', native: 'Српски' },
  { code: 'hr', english: 'Croatian', native: 'Hrvatski' },
  { code: 'sl', english: 'Slovenian', native: 'Slovenščina' },
  { code: 'lt', english: 'Lithuanian', native: 'Lietuvių' },
  { code: 'lv', english: 'Latvian', native: 'Latviešu' },
  { code: 'et', english: 'Estonian', native: 'Eesti' },
  { code: 'ca', english: 'Catalan', native: 'Català' },
  { code: 'sw', english: 'Swahili', native: 'Kiswahili' },
  { code: 'ta', english: 'Tamil', native: 'தமிழ்' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code) as [LanguageCode, ...LanguageCode[]];

export function languageByCode(code: string) {
  return LANGUAGES.find((language) => language.code === code);
}

/** Maps a browser or detector tag ("fr-CA", "zh", "zh-Hant", "iw") to the closest language Parley lists. */
export function closestLanguage(tag: string | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const normalized = tag.replace('_', '-');
  const exact = LANGUAGES.find((language) => language.code.toLowerCase() === normalized.toLowerCase());
  if (exact) return exact.code;
  const [base = '', region = ''] = normalized.toLowerCase().split('-');
  if (base === 'zh') {
    return ['tw', 'hk', 'mo', 'hant'].includes(region) ? 'zh-TW' : 'zh-CN';
  }
  if (base === 'pt') return region === 'pt' ? 'pt-PT' : 'pt-BR';
  // Legacy and macro-language codes that detectors still emit.
  const aliases: Record<string, LanguageCode> = { iw: 'he', no: 'nb', nn: 'nb', tl: 'fil', in: 'id' };
  const aliased = aliases[base];
  if (aliased) return aliased;
  return LANGUAGES.find((language) => language.code === base)?.code;
}
