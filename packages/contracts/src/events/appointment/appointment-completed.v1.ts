import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { AttributionSchema } from "../../shared/attribution";
import { Topics } from "../../topics/topics";
import { AppointmentDetailsSchema } from "./appointment-details";

/**
 * The appointment took place. Deliberately no notes or outcome: the counselling content
 * stays in the service that holds it, a referrer only learns "attended".
 */
export const AppointmentCompletedV1 = defineEvent(
  Topics.bookingAppointments,
  "appointment.completed",
  1,
  AppointmentDetailsSchema.extend(AttributionSchema.shape),
);

export type AppointmentCompletedV1Data = DataOf<typeof AppointmentCompletedV1>;
export type AppointmentCompletedV1Event = EnvelopeOf<typeof AppointmentCompletedV1>;
