import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { ActorSchema } from "../../shared/actor";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { PhoneIndexSchema } from "../../shared/sealed-personal-data";
import { Topics } from "../../topics/topics";

/**
 * A data protection officer asked to erase a client everywhere (DSG-EKD § 21, GDPR Art. 17).
 * Every service erases what matches — documents with this phone index, or of one of these
 * clients — shreds the clients' data keys, and confirms with `privacy.erasure_confirmed`.
 * Carries no personal data: the phone only as its keyed hash. Keyed by requestId.
 */
export const PrivacyErasureRequestedV1 = defineEvent(
  Topics.privacyErasures,
  "privacy.erasure_requested",
  1,
  z
    .object({
      requestId: IdSchema,
      phoneIndex: PhoneIndexSchema.nullable().describe("Keyed hash of the client's phone number."),
      clientIds: z.array(IdSchema).describe("Client (data key) ids known to belong to the person."),
      requestedBy: ActorSchema,
      at: InstantSchema,
    })
    .refine((data) => data.phoneIndex !== null || data.clientIds.length > 0, {
      message: "an erasure names a phone index or at least one client id",
      path: ["clientIds"],
    }),
);

export type PrivacyErasureRequestedV1Data = DataOf<typeof PrivacyErasureRequestedV1>;
export type PrivacyErasureRequestedV1Event = EnvelopeOf<typeof PrivacyErasureRequestedV1>;
