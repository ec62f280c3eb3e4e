import { IdSchema, InstantSchema } from "@counselling/contracts";
import { z } from "zod";

/** A client moves their appointment with the secret of their manage link. */
export const RescheduleByClientInputSchema = z.object({
  appointmentId: IdSchema,
  manageToken: z.string().min(20).max(200),
  startsAt: InstantSchema,
});

export type RescheduleByClientInput = z.input<typeof RescheduleByClientInputSchema>;
