import { z } from "zod";
import { IdSchema } from "../../shared/id";
import { LanguageSchema } from "../../shared/language";
import { SealedPersonalDataSchema } from "../../shared/sealed-personal-data";

/**
 * The client as notify needs them to send an SMS: whom to address, where, in which
 * language, and whether they agreed. Clients without a phone are normal (no e-mail is
 * required either), so the phone is nullable. Name and phone travel sealed with the
 * client's data key (key id = clientId): erasing the client shreds the key, and every
 * copy of these events becomes unreadable (ADR 0011).
 */
export const AppointmentClientSchema = z
  .object({
    clientId: IdSchema.describe("Also the id of the client's data key that seals name and phone."),
    sealedName: SealedPersonalDataSchema.describe(
      "How the client wants to be addressed, usually the first name; sealed.",
    ),
    sealedPhone: SealedPersonalDataSchema.nullable().describe("The client's E.164 phone number; sealed."),
    preferredLanguage: LanguageSchema.describe("Language of every message to this client."),
    smsConsent: z.boolean(),
    serviceNameInSms: z
      .boolean()
      .describe(
        "The client chose that SMS may name a sensitive service. " +
          "Notify sends discreet texts when service.sensitive is true and this is false.",
      ),
  })
  .refine((client) => !client.smsConsent || client.sealedPhone !== null, {
    message: "smsConsent needs a phone number",
    path: ["smsConsent"],
  });

export type AppointmentClient = z.infer<typeof AppointmentClientSchema>;
