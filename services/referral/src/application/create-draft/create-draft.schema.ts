import { IdSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";
import { DraftContentSchema } from "../../domain/referral/draft-referral";

const draft = DraftContentSchema.shape;

/**
 * A counsellor drafts a referral; who and where they are comes from their token. The
 * recipient names its Land (`to.federalState`): its holidays count for the deadline.
 */
export const CreateDraftInputSchema = z.object({
  clientReference: draft.clientReference,
  fromService: z.object({ serviceId: IdSchema, serviceKind: ServiceKindSchema }),
  to: draft.to,
  urgency: draft.urgency,
  reasonCode: draft.reasonCode,
  communication: draft.communication,
  legalDeadline: draft.legalDeadline.default(null),
  sharedData: draft.sharedData.default({}),
});

export type CreateDraftInput = z.infer<typeof CreateDraftInputSchema>;
