import type { Language } from "../api/service-types";

/**
 * The languages the app itself speaks (the services serve more for counselling and SMS).
 * Endonyms, because a client looks for their language written in it.
 */
export const uiLanguages = [
  { code: "de", endonym: "Deutsch", direction: "ltr" },
  { code: "en", endonym: "English", direction: "ltr" },
  { code: "ar", endonym: "العربية", direction: "rtl" },
  { code: "fa", endonym: "فارسی", direction: "rtl" },
  { code: "uk", endonym: "Українська", direction: "ltr" },
  { code: "ru", endonym: "Русский", direction: "ltr" },
  { code: "tr", endonym: "Türkçe", direction: "ltr" },
] as const satisfies ReadonlyArray<{ code: Language; endonym: string; direction: "ltr" | "rtl" }>;

export type UiLanguage = (typeof uiLanguages)[number]["code"];

export function isUiLanguage(value: string | null | undefined): value is UiLanguage {
  return uiLanguages.some((language) => language.code === value);
}

export function directionOf(language: UiLanguage): "ltr" | "rtl" {
  return uiLanguages.find((entry) => entry.code === language)?.direction ?? "ltr";
}
