import { ActorSchema, AppointmentDetailsSchema } from "@counselling/contracts";
import { z } from "zod";
import { BookableResourceSchema } from "../claims/bookable-resource";
import { PersonalDataMarksSchema } from "../privacy/personal-data-marks";
import { AppointmentStatusSchema } from "./appointment-status";

/**
 * The appointment aggregate: what events carry (AppointmentDetails, from the
 * contracts) plus what only booking needs — status, optimistic version, the
 * claimed resources and interval (appointment widened by its buffers), the
 * manage token's hash and the booking request's idempotency key. The client's name and
 * phone are sealed in `details.client` (key id = its clientId); `phoneIndex` finds them.
 */
export const AppointmentSchema = z.object({
  details: AppointmentDetailsSchema,
  status: AppointmentStatusSchema,
  version: z.number().int().positive(),
  resources: z.array(BookableResourceSchema).min(1),
  claimed: z.object({ start: z.date(), end: z.date() }),
  manageTokenHash: z.string().regex(/^[0-9a-f]{64}$/),
  idempotencyKey: z.string().min(8).max(200),
  /** Keyed hash of the booking request: a replay must match it, a different request with the same key is refused. */
  requestFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  bookedAt: z.date(),
  /** Set for a seat in a group session: the session, not the appointment, holds the claimed time. */
  groupSessionId: z.string().min(1).nullable().default(null),
  /** When the client confirmed by SMS reply ("1"); reception sees who will come. */
  clientConfirmedAt: z.date().nullable().default(null),
  /** Set while the appointment is a tentative hold: the time it lets go by itself. */
  holdExpiresAt: z.date().nullable().default(null),
  bookedBy: ActorSchema,
  ...PersonalDataMarksSchema.shape,
});

export type Appointment = z.infer<typeof AppointmentSchema>;

export function appointmentIdOf(appointment: Appointment): string {
  return appointment.details.appointmentId;
}
