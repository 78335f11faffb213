import { type Language, languageSchema } from '@kontor/domain/users';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import de from './de.json';
import en from './en.json';

const STORAGE_KEY = 'kontor-language';

type Texts = Record<string, unknown>;

/**
 * A feature may keep its texts beside its code in `features/<name>/i18n/{de,en}.json`, each under
 * its own top-level key; they join the shared catalogue here so features stay independent files.
 */
const featureTexts = import.meta.glob<Texts>('../features/*/i18n/*.json', { eager: true, import: 'default' });

function catalogue(language: Language, shared: Texts): Texts {
  const merged: Texts = { ...shared };
  for (const [path, texts] of Object.entries(featureTexts)) {
    if (path.endsWith(`/${language}.json`)) Object.assign(merged, texts);
  }
  return merged;
}

/** The language chosen on this device, else the browser's (a customer on a quotation's page), else German. */
function storedLanguage(): Language {
  const parsed = languageSchema.safeParse(localStorage.getItem(STORAGE_KEY));
  if (parsed.success) return parsed.data;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'de';
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
    resources: {
      de: { translation: catalogue('de', de) },
      en: { translation: catalogue('en', en) },
    },
    lng: language,
    fallbackLng: 'de',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
