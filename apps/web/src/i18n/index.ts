import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { vi } from './vi.ts';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'pcmt.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi'; // storage disabled by policy on some government desktops
  }
}

export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // the choice then lasts for this tab only
  }
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

const initial = storedLanguage();
document.documentElement.lang = initial;

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'vi',
  supportedLngs: languages,
  interpolation: { escapeValue: false }, // React escapes
  returnNull: false,
  // The defaults, said explicitly: i18next then skips its "does this key look like a sentence?" test (a
  // regular expression per call, ~10 ms of the first render over the menu's and pages' labels).
  keySeparator: '.',
  nsSeparator: ':',
});

export { i18n };
