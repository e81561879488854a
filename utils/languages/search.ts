import { LANGUAGES } from './languages';

type Language = (typeof LANGUAGES)[number];

/** Lower case without accents, so "espanol" finds "Español" and "cestina" finds "Čeština". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Mn}/gu, '').toLocaleLowerCase('en');
}

/** Languages whose native name, English name or code contains the query (all of them for an empty one). */
export function searchLanguages(query: string): Language[] {
  const wanted = fold(query.trim());
  if (!wanted) return [...LANGUAGES];
  return LANGUAGES.filter((language) => [language.native, language.english, language.code].some((name) => fold(name).includes(wanted)));
}
