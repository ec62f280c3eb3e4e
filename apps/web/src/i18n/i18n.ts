import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { ar } from "./locales/ar";
import { de } from "./locales/de";
import { en } from "./locales/en";
import { fa } from "./locales/fa";
import { ru } from "./locales/ru";
import { tr } from "./locales/tr";
import { staffAr } from "./locales/staff/ar";
import { staffDe } from "./locales/staff/de";
import { staffEn } from "./locales/staff/en";
import { staffFa } from "./locales/staff/fa";
import { staffRu } from "./locales/staff/ru";
import { staffTr } from "./locales/staff/tr";
import { staffUk } from "./locales/staff/uk";
import { uk } from "./locales/uk";
import { directionOf, isUiLanguage, type UiLanguage } from "./ui-languages";

const STORAGE_KEY = "counselling.language";

/** A returning client gets their language again; a new one the browser's, else German. */
function initialLanguage(): UiLanguage {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isUiLanguage(stored)) return stored;
  const fromBrowser = navigator.languages.map((tag) => tag.slice(0, 2)).find(isUiLanguage);
  return fromBrowser ?? "de";
}

/** lang and dir on <html>: screen readers pick the voice, the layout mirrors for ar and fa. */
function applyToDocument(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export function hasChosenLanguage(): boolean {
  return isUiLanguage(localStorage.getItem(STORAGE_KEY));
}

export async function chooseLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : "de";
}

export async function initI18n(): Promise<void> {
  i18next.on("languageChanged", (language) => {
    if (isUiLanguage(language)) applyToDocument(language);
  });
  await i18next.use(initReactI18next).init({
    resources: {
      // Client pages and staff pages, every language; English stays the fallback for a missing key.
      de: { translation: { ...de, ...staffDe } },
      en: { translation: { ...en, ...staffEn } },
      ar: { translation: { ...ar, ...staffAr } },
      fa: { translation: { ...fa, ...staffFa } },
      uk: { translation: { ...uk, ...staffUk } },
      ru: { translation: { ...ru, ...staffRu } },
      tr: { translation: { ...tr, ...staffTr } },
    },
    lng: initialLanguage(),
    fallbackLng: "en",
    // React escapes already.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(currentLanguage());
}
