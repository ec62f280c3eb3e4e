import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { IdSchema } from "../../shared/id";
import { InstantSchema } from "../../shared/instant";
import { Topics } from "../../topics/topics";
import { AppointmentClientSchema } from "../appointment/appointment-client";
import { AppointmentLocationSchema, AppointmentServiceSchema } from "../appointment/appointment-details";
import { AppointmentTimeSchema } from "../appointment/appointment-time";

/**
 * A slot was freed and is offered to the next person waiting for the service. The offer
 * holds the slot until `offerExpiresAt`; the client takes it through `offerUrl` (or staff
 * book it for them), otherwise booking offers it to the next person. Keyed by the
 * waitlist entry id.
 */
export const WaitlistSlotOfferedV1 = defineEvent(
  Topics.bookingWaitlist,
  "waitlist.slot_offered",
  1,
  z.object({
    waitlistEntryId: IdSchema,
    organisationId: IdSchema,
    location: AppointmentLocationSchema,
    service: AppointmentServiceSchema,
    time: AppointmentTimeSchema,
    client: AppointmentClientSchema,
    offerExpiresAt: InstantSchema,
    offerUrl: z
      .url({ protocol: /^https?$/ })
      .describe("Secret link that books the offered slot for this client. Do not log."),
  }),
);

export type WaitlistSlotOfferedV1Data = DataOf<typeof WaitlistSlotOfferedV1>;
export type WaitlistSlotOfferedV1Event = EnvelopeOf<typeof WaitlistSlotOfferedV1>;
