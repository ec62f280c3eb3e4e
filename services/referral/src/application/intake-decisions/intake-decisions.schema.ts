import { IdSchema, ReferralDeclinedV1, ReferralOutcomeSchema } from "@counselling/contracts";
import { z } from "zod";

const declined = ReferralDeclinedV1.data.shape;

export const DeclineReferralInputSchema = z.object({
  referralId: IdSchema,
  reason: declined.reason,
  reasonNote: z.string().trim().min(1).max(500).nullable().default(null),
  suggestedService: declined.suggestedService.default(null),
});

export type DeclineReferralInput = z.infer<typeof DeclineReferralInputSchema>;

export const CloseReferralInputSchema = z.object({ referralId: IdSchema, outcome: ReferralOutcomeSchema });

export type CloseReferralInput = z.infer<typeof CloseReferralInputSchema>;

export const AddReceiverNoteInputSchema = z.object({
  referralId: IdSchema,
  text: z.string().trim().min(1).max(4000),
});

export type AddReceiverNoteInput = z.infer<typeof AddReceiverNoteInputSchema>;
