import { z } from 'zod';
import type { LanguageCode } from '../languages/languages';

export const FormalitySchema = z.enum(['auto', 'formal', 'informal']);
export type Formality = z.infer<typeof FormalitySchema>;

/**
 * Languages whose grammar makes the writer choose how to address the reader (a T–V distinction
 * or honorific speech levels). Each names its forms, so the prompt can say exactly what is meant.
 */
export const FORMALITY_FORMS = {
  fr: { formal: 'vous', informal: 'tu' },
  de: { formal: 'Sie', informal: 'du' },
  es: { formal: 'usted', informal: 'tú' },
  it: { formal: 'Lei', informal: 'tu' },
  'pt-BR': { formal: 'o senhor/a senhora', informal: 'você' },
  'pt-PT': { formal: 'o senhor/a senhora, você', informal: 'tu' },
  nl: { formal: 'u', informal: 'jij' },
  ru: { formal: 'вы', informal: 'ты' },
  uk: { formal: 'ви', informal: 'ти' },
  pl: { formal: 'Pan/Pani', informal: 'ty' },
  cs: { formal: 'vy', informal: 'ty' },
  sk: { formal: 'vy', informal: 'ty' },
  tr: { formal: 'siz', informal: 'sen' },
  el: { formal: 'εσείς', informal: 'εσύ' },
  ro: { formal: 'dumneavoastră', informal: 'tu' },
  hu: { formal: 'Ön/maga', informal: 'te' },
  bg: { formal: 'Вие', informal: 'ти' },
  hi: { formal: 'आप', informal: 'तुम' },
  ja: { formal: 'です/ます, keigo', informal: 'plain form' },
  ko: { formal: '합니다/해요', informal: '반말' },
  'zh-CN': { formal: '您', informal: '你' },
  'zh-TW': { formal: '您', informal: '你' },
} as const satisfies Partial<Record<LanguageCode, { formal: string; informal: string }>>;

export type FormalityLanguage = keyof typeof FORMALITY_FORMS;
export const FORMALITY_LANGUAGES = Object.keys(FORMALITY_FORMS) as FormalityLanguage[];

/** A fixed object (not a record): settings migrations keep only keys the defaults have. */
export const FormalitySettingsSchema = z.object(
  Object.fromEntries(FORMALITY_LANGUAGES.map((code) => [code, FormalitySchema])) as Record<FormalityLanguage, typeof FormalitySchema>,
);
export type FormalitySettings = z.infer<typeof FormalitySettingsSchema>;

export const DEFAULT_FORMALITY = Object.fromEntries(FORMALITY_LANGUAGES.map((code) => [code, 'auto'])) as FormalitySettings;

function isFormalityLanguage(code: string): code is FormalityLanguage {
  return code in FORMALITY_FORMS;
}

/** What the user chose for a language, with the forms it means; undefined for automatic or a language without the choice. */
export function formalityFor(settings: FormalitySettings, language: string): { register: 'formal' | 'informal'; forms: string } | undefined {
  if (!isFormalityLanguage(language)) return undefined;
  const register = settings[language];
  if (register === 'auto') return undefined;
  return { register, forms: FORMALITY_FORMS[language][register] };
}
