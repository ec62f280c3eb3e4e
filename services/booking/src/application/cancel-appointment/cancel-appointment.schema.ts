import { CancellationReasonSchema, IdSchema } from "@counselling/contracts";
import { z } from "zod";

/** A client cancels with the secret of their manage link. */
export const CancelByClientInputSchema = z.object({
  appointmentId: IdSchema,
  manageToken: z.string().min(20).max(200),
});

export type CancelByClientInput = z.input<typeof CancelByClientInputSchema>;

/** Staff cancel for the client or the service, with a reason (the note stays internal). */
export const CancelByStaffInputSchema = z.object({
  appointmentId: IdSchema,
  reason: CancellationReasonSchema.exclude(["client_sms_reply"]),
  reasonNote: z.string().trim().min(1).max(500).nullable().default(null),
});

export type CancelByStaffInput = z.input<typeof CancelByStaffInputSchema>;
