import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { AttributionSchema } from "../../shared/attribution";
import { Topics } from "../../topics/topics";
import { AppointmentDetailsSchema } from "./appointment-details";

/** The client arrived (reception) or was reached (phone, video); `at` is the arrival. */
export const AppointmentCheckedInV1 = defineEvent(
  Topics.bookingAppointments,
  "appointment.checked_in",
  1,
  AppointmentDetailsSchema.extend(AttributionSchema.shape),
);

export type AppointmentCheckedInV1Data = DataOf<typeof AppointmentCheckedInV1>;
export type AppointmentCheckedInV1Event = EnvelopeOf<typeof AppointmentCheckedInV1>;
