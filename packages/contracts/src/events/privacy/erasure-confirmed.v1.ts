import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { Topics } from "../../topics/topics";
import { PrivacyServiceSchema } from "./privacy-service";

/**
 * One service has erased what it held of the client named by an erasure request: the
 * personal fields of its documents are gone and the clients' data keys shredded. Repeated
 * requests are confirmed again (erasure is idempotent). Keyed by requestId.
 */
export const PrivacyErasureConfirmedV1 = defineEvent(
  Topics.privacyErasures,
  "privacy.erasure_confirmed",
  1,
  z.object({
    requestId: IdSchema,
    service: PrivacyServiceSchema,
    clientIds: z.array(IdSchema).describe("The data keys the service shredded."),
    recordsErased: z.number().int().nonnegative().describe("Documents whose personal data were removed."),
    at: InstantSchema,
  }),
);

export type PrivacyErasureConfirmedV1Data = DataOf<typeof PrivacyErasureConfirmedV1>;
export type PrivacyErasureConfirmedV1Event = EnvelopeOf<typeof PrivacyErasureConfirmedV1>;
