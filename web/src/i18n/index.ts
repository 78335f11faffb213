import { type Language, languageSchema } from '@kontor/domain/users';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';

const STORAGE_KEY = 'kontor-language';

function storedLanguage(): Language {
  const parsed = languageSchema.safeParse(localStorage.getItem(STORAGE_KEY));
  return parsed.success ? parsed.data : 'de';
}

/** Switches the UI language and remembers it on this device for the sign-in pages. */
export function applyLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  if (i18next.language !== language) void i18next.changeLanguage(language);
}

export function initI18n(): void {
  const language = storedLanguage();
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: language,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
