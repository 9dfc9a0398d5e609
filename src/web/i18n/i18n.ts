import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Locale, locales } from '../../contracts/roles';
import { da, type Texts } from './da';

const STORAGE_KEY = 'mentorpath.locale';

/** Danish ships with the app; English loads the first time it is needed. */
const loaders: Record<Exclude<Locale, 'da'>, () => Promise<Texts>> = {
  en: async () => (await import('./en')).en,
};

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The language chosen on this device, if any. */
export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'da';
}

async function ensureLoaded(locale: Locale): Promise<void> {
  if (locale === 'da' || i18n.hasResourceBundle(locale, 'translation')) return;
  const texts = await loaders[locale]();
  i18n.addResourceBundle(locale, 'translation', texts);
}

/** Switches the UI language and remembers it on this device (also after signing out). */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode without storage: the choice lasts for this visit only.
  }
  await ensureLoaded(locale);
  await i18n.changeLanguage(locale);
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

/** Resolves once the language to start in is loaded; the app renders after that. */
export async function initI18n(): Promise<void> {
  const locale = storedLocale() ?? 'da';
  await i18n.use(initReactI18next).init({
    resources: { da: { translation: da } },
    lng: 'da',
    fallbackLng: 'da',
    supportedLngs: [...locales],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  if (locale !== 'da') await setLocale(locale);
}
