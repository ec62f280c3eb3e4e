import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { AttributionSchema } from "../../shared/attribution";
import { Topics } from "../../topics/topics";
import { AppointmentDetailsSchema } from "./appointment-details";
import { AppointmentTimeSchema } from "./appointment-time";
import { ManageUrlSchema } from "./manage-url";

/**
 * The appointment moved. The details are the new state; the previous time lets notify
 * say "moved from … to …". The manage link is a new one: the old token no longer works.
 */
export const AppointmentRescheduledV1 = defineEvent(
  Topics.bookingAppointments,
  "appointment.rescheduled",
  1,
  AppointmentDetailsSchema.extend({
    ...AttributionSchema.shape,
    previousTime: AppointmentTimeSchema,
    manageUrl: ManageUrlSchema,
  }),
);

export type AppointmentRescheduledV1Data = DataOf<typeof AppointmentRescheduledV1>;
export type AppointmentRescheduledV1Event = EnvelopeOf<typeof AppointmentRescheduledV1>;
