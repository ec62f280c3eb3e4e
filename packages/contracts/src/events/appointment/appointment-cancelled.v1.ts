import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { AttributionSchema } from "../../shared/attribution";
import { Topics } from "../../topics/topics";
import { AppointmentDetailsSchema } from "./appointment-details";

export const CancellationReasonSchema = z.enum([
  "client_request",
  "client_sms_reply",
  "counsellor_unavailable",
  "interpreter_unavailable",
  "location_closed",
  "referral_cancelled",
  "booked_in_error",
  "other",
]);

export type CancellationReason = z.infer<typeof CancellationReasonSchema>;

/**
 * The appointment will not take place. The full details stay on board because notify
 * must still text the client and send a METHOD:CANCEL calendar file with the same UID.
 */
export const AppointmentCancelledV1 = defineEvent(
  Topics.bookingAppointments,
  "appointment.cancelled",
  1,
  AppointmentDetailsSchema.extend({
    ...AttributionSchema.shape,
    reason: CancellationReasonSchema,
    reasonNote: z.string().min(1).nullable().describe("Staff note; internal, never sent to the client."),
  }),
);

export type AppointmentCancelledV1Data = DataOf<typeof AppointmentCancelledV1>;
export type AppointmentCancelledV1Event = EnvelopeOf<typeof AppointmentCancelledV1>;
