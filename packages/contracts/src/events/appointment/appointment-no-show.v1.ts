import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { AttributionSchema } from "../../shared/attribution";
import { Topics } from "../../topics/topics";
import { AppointmentDetailsSchema } from "./appointment-details";

/** The client did not come. Referral closes its loop with "not attended". */
export const AppointmentNoShowV1 = defineEvent(
  Topics.bookingAppointments,
  "appointment.no_show",
  1,
  AppointmentDetailsSchema.extend(AttributionSchema.shape),
);

export type AppointmentNoShowV1Data = DataOf<typeof AppointmentNoShowV1>;
export type AppointmentNoShowV1Event = EnvelopeOf<typeof AppointmentNoShowV1>;
