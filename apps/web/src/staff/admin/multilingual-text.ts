import type { MultilingualText } from "./directory-edits";

/** Booking needs these two in every text: German (every office's language) and English (the fallback). */
export const requiredTextLanguages = ["de", "en"] as const;

/** The other languages of the app, offered on the form behind "more languages". */
export const optionalTextLanguages = ["ar", "fa", "uk", "ru", "tr"] as const;

export type TextLanguage = (typeof requiredTextLanguages)[number] | (typeof optionalTextLanguages)[number];

/**
 * The text with one language's translation set. An emptied optional translation is left
 * out (booking refuses empty texts); German and English stay, even empty, so that the
 * check names them as missing instead of the field vanishing.
 */
export function withTranslation(
  text: MultilingualText,
  language: TextLanguage,
  value: string,
): MultilingualText {
  const rest = Object.fromEntries(Object.entries(text).filter(([code]) => code !== language));
  const keep = value !== "" || (requiredTextLanguages as readonly string[]).includes(language);
  return (keep ? { ...rest, [language]: value } : rest) as MultilingualText;
}

/** Whether nothing is written in any language (an optional text is then left out entirely). */
export function isBlankText(text: Partial<Record<string, string>> | undefined): boolean {
  return text === undefined || Object.values(text).every((value) => !value?.trim());
}

/** How many optional translations are filled in (shown on the closed "more languages" summary). */
export function optionalTranslationCount(text: Partial<Record<string, string>> | undefined): number {
  return optionalTextLanguages.filter((language) => text?.[language]?.trim()).length;
}
