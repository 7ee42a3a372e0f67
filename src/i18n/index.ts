/** i18next with the two resources; the language comes from ?lang=, else from the browser. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../model/display-name';

export { LANGS } from '../model/display-name';
import { en } from './en';
import { ja } from './ja';

export function initialLang(search: string, browserLanguages: readonly string[]): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl === 'ja' || fromUrl === 'en') return fromUrl;
  for (const l of browserLanguages) {
    if (l.toLowerCase().startsWith('ja')) return 'ja';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

export function initI18n(lang: Lang) {
  void i18next.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng: lang,
    fallbackLng: 'en',
    // React escapes; double escaping would show &amp; in names.
    interpolation: { escapeValue: false },
  });
  return i18next;
}
