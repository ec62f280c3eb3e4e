import { IdSchema } from "@counselling/contracts";
import { z } from "zod";
import { BookAppointmentInputSchema } from "../book-appointment/book-appointment.schema";

/** Reception books a client standing at the desk: service and place, not a time or a counsellor. */
export const WalkInInputSchema = z.object({
  idempotencyKey: BookAppointmentInputSchema.shape.idempotencyKey,
  serviceId: IdSchema,
  locationId: IdSchema,
  client: BookAppointmentInputSchema.shape.client,
});

export type WalkInInput = z.input<typeof WalkInInputSchema>;
