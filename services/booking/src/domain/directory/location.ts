import { AppointmentLocationSchema, FederalStateSchema, TimeZoneSchema } from "@counselling/contracts";
import { z } from "zod";
import { LocationIdSchema, OrganisationIdSchema } from "./directory-id";
import { MultilingualTextSchema } from "./multilingual-text";
import { DatedExceptionsSchema, WeeklyHoursSchema } from "./opening-hours";

/**
 * The address exactly as appointment events carry it, taken from the contract so that
 * every directory address can be published without a mapping that could fail.
 */
export const PostalAddressSchema = AppointmentLocationSchema.shape.address;

/**
 * A place where clients are seen (HSDS "location"): an office, a counselling centre,
 * a room in a shared accommodation. Its federal state decides the public holidays.
 */
export const LocationSchema = z.object({
  id: LocationIdSchema,
  organisationId: OrganisationIdSchema,
  name: z.string().trim().min(1, "A location needs a name"),
  address: PostalAddressSchema,
  federalState: FederalStateSchema,
  timeZone: TimeZoneSchema,
  openingHours: WeeklyHoursSchema.describe("When the door is open; counsellors' own hours lie within."),
  exceptions: DatedExceptionsSchema,
  accessibilityNotes: MultilingualTextSchema.describe("Step-free access, lift, toilet, hearing loop …"),
  publicTransportHint: MultilingualTextSchema.optional().describe("Tram or bus stop, read by clients."),
});

export type PostalAddress = z.infer<typeof PostalAddressSchema>;
export type Location = z.infer<typeof LocationSchema>;
