import { ChannelSchema, LanguageSchema } from "@counselling/contracts";
import { z } from "zod";
import { InterpreterIdSchema, LocationIdSchema, OrganisationIdSchema } from "./directory-id";
import { onlyWhenFieldsAreValid } from "./cross-field-check";
import { uniqueListOf } from "./unique-list";

/** A regional variety a client may ask for by name ("Levantine", "Dari", "Sorani"). */
export const DialectSchema = z.string().trim().min(1, "A dialect needs a name");

/**
 * The languages an interpreter interprets to and from German, each with the dialects
 * they master (empty: the standard variety). German itself is implied and not listed,
 * so that "does this client need an interpreter" never matches German.
 */
export const InterpreterLanguagesSchema = z
  .partialRecord(LanguageSchema, uniqueListOf(DialectSchema, "Dialects"))
  .refine((languages) => Object.keys(languages).length > 0, "An interpreter interprets one language at least")
  .refine((languages) => !("de" in languages), "German is implied; list only the languages interpreted from");

/**
 * A bookable interpreter, booked together with counsellor and room. Some belong to an
 * organisation; a pool interpreter (organisationId null) serves the whole network.
 */
export const InterpreterSchema = z
  .object({
    id: InterpreterIdSchema,
    organisationId: OrganisationIdSchema.nullable(),
    displayName: z.string().trim().min(1, "An interpreter needs a display name"),
    languages: InterpreterLanguagesSchema,
    modes: uniqueListOf(ChannelSchema, "Modes").min(1, "An interpreter works in one mode at least"),
    locationIds: uniqueListOf(LocationIdSchema, "Locations").describe("Where they can come in person."),
  })
  .refine((interpreter) => !interpreter.modes.includes("in_person") || interpreter.locationIds.length > 0, {
    path: ["locationIds"],
    message: "An interpreter who comes in person must name the locations they can reach",
    ...onlyWhenFieldsAreValid,
  })
  .refine((interpreter) => interpreter.modes.includes("in_person") || interpreter.locationIds.length === 0, {
    path: ["locationIds"],
    message: "Locations are for in-person interpreting; add the in_person mode or remove them",
    ...onlyWhenFieldsAreValid,
  });

export type InterpreterLanguages = z.infer<typeof InterpreterLanguagesSchema>;
export type Interpreter = z.infer<typeof InterpreterSchema>;

/**
 * Whether an interpreter may serve this language for a service of this
 * organisation: pool interpreters (no organisation) serve everyone, others
 * only their own organisation.
 */
export function interpretsFor(interpreter: Interpreter, language: string, organisationId: string): boolean {
  return (
    language in interpreter.languages &&
    (interpreter.organisationId === null || interpreter.organisationId === organisationId)
  );
}
