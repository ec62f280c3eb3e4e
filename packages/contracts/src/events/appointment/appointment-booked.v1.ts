import { z } from "zod";
import { defineEvent, type DataOf, type EnvelopeOf } from "../../envelope/define-event";
import { AttributionSchema } from "../../shared/attribution";
import { Topics } from "../../topics/topics";
import { AppointmentDetailsSchema } from "./appointment-details";
import { ManageUrlSchema } from "./manage-url";

/** A client has an appointment: by themselves, at reception, or through a referral. */
export const AppointmentBookedV1 = defineEvent(
  Topics.bookingAppointments,
  "appointment.booked",
  1,
  AppointmentDetailsSchema.extend({
    ...AttributionSchema.shape,
    sequence: z.literal(0),
    manageUrl: ManageUrlSchema,
  }),
);

export type AppointmentBookedV1Data = DataOf<typeof AppointmentBookedV1>;
export type AppointmentBookedV1Event = EnvelopeOf<typeof AppointmentBookedV1>;
