import { IdSchema, ServiceKindSchema, SharedClientDataSchema } from "@counselling/contracts";
import { z } from "zod";
import { DraftContentSchema } from "../../domain/referral/draft-referral";

const draft = DraftContentSchema.shape;

/**
 * A counsellor drafts a referral; who and where they are comes from their token. The
 * recipient names its Land (`to.federalState`): its holidays count for the deadline.
 * The client reference and shared data come in plain and are sealed at once.
 */
export const CreateDraftInputSchema = z.object({
  /** The counsellor's own case reference (personal data: sealed, never sent on). */
  clientReference: z.string().trim().min(1).max(100),
  fromService: z.object({ serviceId: IdSchema, serviceKind: ServiceKindSchema }),
  to: draft.to,
  urgency: draft.urgency,
  reasonCode: draft.reasonCode,
  communication: draft.communication,
  legalDeadline: draft.legalDeadline.default(null),
  sharedData: SharedClientDataSchema.default({}),
});

export type CreateDraftInput = z.infer<typeof CreateDraftInputSchema>;
