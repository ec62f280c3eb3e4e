import { z } from "zod";

/**
 * Languages clients are served and messaged in, as ISO 639-1 codes. Adding one is safe
 * for producers but old consumers will refuse it, so deploy consumers first.
 *
 * "fa" also covers Dari (same script, mutually intelligible in writing).
 * "ku" means Central Kurdish (Sorani) written in Arabic script, hence right-to-left:
 * ISO 639-1 has one code for all Kurdish varieties, and SMS texts need one script.
 * Kurmanji readers (Latin script, left-to-right) are not served by "ku" yet; they would
 * need their own code (ISO 639-3 "kmr"), which is a deliberate later extension.
 */
export const LanguageSchema = z.enum([
  "de",
  "en",
  "ar",
  "fa",
  "uk",
  "ru",
  "tr",
  "ti",
  "ps",
  "ku",
  "so",
  "fr",
]);

export type Language = z.infer<typeof LanguageSchema>;

export type TextDirection = "ltr" | "rtl";

/** Names in the language itself (what a client looks for in a picker) and the writing direction. */
export const languageInfo = {
  de: { endonym: "Deutsch", englishName: "German", direction: "ltr" },
  en: { endonym: "English", englishName: "English", direction: "ltr" },
  ar: { endonym: "العربية", englishName: "Arabic", direction: "rtl" },
  fa: { endonym: "فارسی", englishName: "Persian (Farsi, Dari)", direction: "rtl" },
  uk: { endonym: "Українська", englishName: "Ukrainian", direction: "ltr" },
  ru: { endonym: "Русский", englishName: "Russian", direction: "ltr" },
  tr: { endonym: "Türkçe", englishName: "Turkish", direction: "ltr" },
  ti: { endonym: "ትግርኛ", englishName: "Tigrinya", direction: "ltr" },
  ps: { endonym: "پښتو", englishName: "Pashto", direction: "rtl" },
  ku: { endonym: "کوردی", englishName: "Kurdish (Sorani)", direction: "rtl" },
  so: { endonym: "Soomaali", englishName: "Somali", direction: "ltr" },
  fr: { endonym: "Français", englishName: "French", direction: "ltr" },
} as const satisfies Record<Language, { endonym: string; englishName: string; direction: TextDirection }>;

export function textDirectionOf(language: Language): TextDirection {
  return languageInfo[language].direction;
}
