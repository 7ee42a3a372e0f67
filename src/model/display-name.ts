/** The two languages of the explorer, and names in the chosen one. */
export type Lang = 'ja' | 'en';
export const LANGS: readonly Lang[] = ['ja', 'en'];

/** The English name where the language is English and one exists; else the name as written. */
export function displayName(a: { name: string; nameEn: string | null }, lang: Lang): string {
  return lang === 'en' && a.nameEn ? a.nameEn : a.name;
}
