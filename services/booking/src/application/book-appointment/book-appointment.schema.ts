import { ChannelSchema, IdSchema, InstantSchema, LanguageSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * A booking request, by a client (public) or by staff for a client. Only a
 * name and a phone number are needed; no e-mail. The idempotency key makes a
 * retried request a replay instead of a second booking.
 */
export const BookAppointmentInputSchema = z.object({
  idempotencyKey: z.string().trim().min(8, "idempotencyKey needs 8 characters at least").max(200),
  serviceId: IdSchema,
  locationId: IdSchema,
  counsellorId: IdSchema,
  startsAt: InstantSchema,
  channel: ChannelSchema,
  client: z.object({
    displayName: z.string().trim().min(1, "Please enter a name").max(120),
    /** Any common notation; German numbers may omit +49. Stored in E.164. */
    phone: z.string().trim().min(3).max(32).nullable(),
    preferredLanguage: LanguageSchema,
    smsConsent: z.boolean(),
    serviceNameInSms: z.boolean().default(false),
    interpreterNeeded: z.boolean().default(false),
  }),
  referralId: IdSchema.nullable().default(null),
});

export type BookAppointmentInput = z.input<typeof BookAppointmentInputSchema>;
export type BookAppointmentRequest = z.output<typeof BookAppointmentInputSchema>;
