import { z } from "zod";
import { IdSchema } from "../../shared/id";
import { LanguageSchema } from "../../shared/language";
import { E164PhoneNumberSchema } from "../../shared/phone-number";

/**
 * The client as notify needs them to send an SMS: whom to address, where, in which
 * language, and whether they agreed. Clients without a phone are normal (no e-mail is
 * required either), so the phone is nullable.
 */
export const AppointmentClientSchema = z
  .object({
    clientId: IdSchema,
    displayName: z.string().min(1).describe("How the client wants to be addressed, usually the first name."),
    phone: E164PhoneNumberSchema.nullable(),
    preferredLanguage: LanguageSchema.describe("Language of every message to this client."),
    smsConsent: z.boolean(),
    serviceNameInSms: z
      .boolean()
      .describe(
        "The client chose that SMS may name a sensitive service. " +
          "Notify sends discreet texts when service.sensitive is true and this is false.",
      ),
  })
  .refine((client) => !client.smsConsent || client.phone !== null, {
    message: "smsConsent needs a phone number",
    path: ["smsConsent"],
  });

export type AppointmentClient = z.infer<typeof AppointmentClientSchema>;
