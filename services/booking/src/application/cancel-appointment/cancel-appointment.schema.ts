import { IdSchema } from "@counselling/contracts";
import { z } from "zod";

/** A client cancels with the secret of their manage link. */
export const CancelByClientInputSchema = z.object({
  appointmentId: IdSchema,
  manageToken: z.string().min(20).max(200),
});

export type CancelByClientInput = z.input<typeof CancelByClientInputSchema>;
