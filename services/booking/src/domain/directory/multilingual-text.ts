import { type Language, LanguageSchema } from "@counselling/contracts";
import { z } from "zod";

const TranslationSchema = z.string().trim().min(1, "A translation must not be empty");

/**
 * Every language of the network may be present; the keys are spelled out from
 * LanguageSchema so that a translation is typed by its language and an unknown code
 * ("ara", "DE") is refused instead of silently ignored.
 */
const optionalTranslations = Object.fromEntries(
  LanguageSchema.options.map((language) => [language, TranslationSchema.optional()]),
) as { [L in Language]: z.ZodOptional<typeof TranslationSchema> };

/**
 * Text shown to clients and staff, one entry per language. German is required because
 * it is the working language of every office; English because it is the fallback
 * for a client whose own language is missing.
 */
export const MultilingualTextSchema = z.strictObject({
  ...optionalTranslations,
  de: TranslationSchema,
  en: TranslationSchema,
});

export type MultilingualText = z.infer<typeof MultilingualTextSchema>;
