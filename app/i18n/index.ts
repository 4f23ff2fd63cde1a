import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { setApiLanguage } from '../api/client.ts';
import { langs, type Lang, type Messages, type ViMessages } from './types.ts';
import { vi } from './vi.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: ViMessages };
  }
}

const storageKey = 'thidua.lang';

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(storageKey);
    return value && (langs as readonly string[]).includes(value) ? (value as Lang) : 'vi';
  } catch {
    return 'vi';
  }
}

async function loadBundle(lang: Lang) {
  if (i18next.hasResourceBundle(lang, 'translation')) return;
  const messages: Messages = (await import('./en.ts')).en;
  i18next.addResourceBundle(lang, 'translation', messages);
}

let appStrings: Promise<void> | undefined;

/**
 * The signed-in app's Vietnamese strings, merged into the bundle once: public pages ship
 * only their own (English, loaded only on request, carries everything).
 */
export function loadAppStrings(): Promise<void> {
  appStrings ??= import('./vi-app.ts').then(({ viApp }) => {
    i18next.addResourceBundle('vi', 'translation', viApp, true, false);
  });
  return appStrings;
}

function applyLang(lang: Lang) {
  document.documentElement.lang = lang;
  setApiLanguage(lang);
}

/** Vietnamese unless the user picked English before; English is fetched only when needed. */
export async function initI18n(): Promise<void> {
  const lang = storedLang();
  await i18next.use(initReactI18next).init({
    lng: 'vi',
    fallbackLng: 'vi',
    resources: { vi: { translation: vi } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (lang !== 'vi') await setLanguage(lang, false);
  else applyLang('vi');
}

export async function setLanguage(lang: Lang, remember = true): Promise<void> {
  await loadBundle(lang);
  await i18next.changeLanguage(lang);
  applyLang(lang);
  if (remember) {
    try {
      localStorage.setItem(storageKey, lang);
    } catch {
      // private mode: the choice lasts for this page only
    }
  }
}

export function currentLang(): Lang {
  return i18next.language === 'en' ? 'en' : 'vi';
}

/** t() plus the current language and a picker for the API's { vi, en } texts. */
export function useI18n() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  const pick = (text: { vi: string; en: string } | null | undefined) =>
    text ? text[lang] || text.vi : '';
  return { t, lang, pick };
}

export type { Lang };
