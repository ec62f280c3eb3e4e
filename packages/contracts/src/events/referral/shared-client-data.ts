import { z } from "zod";
import { CalendarDateSchema } from "../../shared/calendar-date";
import { LanguageSchema } from "../../shared/language";
import { E164PhoneNumberSchema } from "../../shared/phone-number";
import { SealedPersonalDataSchema } from "../../shared/sealed-personal-data";
import { ConsentDataCategorySchema, type ConsentDataCategory } from "./consent-data-category";

export const ResidenceStatusSchema = z.enum([
  "asylum_seeker", // Aufenthaltsgestattung
  "tolerated", // Duldung
  "temporary_protection", // § 24 AufenthG, e.g. from Ukraine
  "residence_permit", // Aufenthaltserlaubnis
  "settlement_permit", // Niederlassungserlaubnis, Daueraufenthalt-EU
  "eu_free_movement",
  "german_citizen",
  "other",
]);

export type ResidenceStatus = z.infer<typeof ResidenceStatusSchema>;

/**
 * One field per consent category, and the field's key IS the category code: the tag
 * can't drift from the field, and "which categories are in here" is just the keys.
 * (That is why these keys are snake_case while the rest of the payloads is camelCase.)
 * An absent field means "not released", never "unknown".
 */
const sharedClientDataShape = {
  contact: z
    .object({
      name: z.string().min(1).describe("How the client wants to be addressed."),
      phone: E164PhoneNumberSchema.nullable(),
      note: z.string().min(1).nullable().describe("E.g. when to call, or that the phone is shared."),
    })
    .optional(),
  language: z
    .object({
      dialect: z.string().min(1).nullable(),
      furtherLanguages: z.array(LanguageSchema),
    })
    .optional()
    .describe("Details beyond the communication language that every referral carries."),
  residence_status: z
    .object({
      status: ResidenceStatusSchema,
      validUntil: CalendarDateSchema.nullable(),
    })
    .optional(),
  referral_reason: z
    .object({ text: z.string().min(1) })
    .optional()
    .describe("The counsellor's own words on why; the coarse reason code always travels."),
  health_notes: z.object({ text: z.string().min(1) }).optional(),
} satisfies Record<ConsentDataCategory, z.ZodOptional>;

export const SharedClientDataSchema = z
  .object(sharedClientDataShape)
  .describe(
    "Personal data released to the receiving service. Keys are consent category codes; " +
      "each present key must be listed in consent.dataCategories.",
  );

export type SharedClientData = z.infer<typeof SharedClientDataSchema>;

/** The categories a payload actually contains, to check them against the consent. */
export function categoriesPresentIn(data: SharedClientData): ConsentDataCategory[] {
  return (Object.keys(sharedClientDataShape) as ConsentDataCategory[]).filter(
    (category) => data[category] !== undefined,
  );
}

/**
 * Shared client data as they travel and rest: the released categories in the clear (they
 * say what, not who), the data themselves sealed as one JSON document with the key of
 * `clientId` (ADR 0011). Erasing the client shreds that key.
 */
export const SealedSharedClientDataSchema = z.object({
  clientId: z.string().min(1).describe("Id of the client's data key that sealed `sealed`."),
  categories: z.array(ConsentDataCategorySchema).describe("The categories inside `sealed`."),
  sealed: SealedPersonalDataSchema.describe("JSON of SharedClientData, sealed."),
});

export type SealedSharedClientData = z.infer<typeof SealedSharedClientDataSchema>;
