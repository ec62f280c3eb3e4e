import { FederalStateSchema, IdSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";
import { DraftContentSchema } from "../../domain/referral/draft-referral";

const draft = DraftContentSchema.shape;

/** A counsellor drafts a referral; who and where they are comes from their token. */
export const CreateDraftInputSchema = z
  .object({
    clientReference: draft.clientReference,
    fromService: z.object({ serviceId: IdSchema, serviceKind: ServiceKindSchema }),
    to: draft.to,
    /** The receiving location's Land (its holidays count for the deadline); implied for a region. */
    receivingFederalState: FederalStateSchema.optional(),
    urgency: draft.urgency,
    reasonCode: draft.reasonCode,
    communication: draft.communication,
    legalDeadline: draft.legalDeadline.default(null),
    sharedData: draft.sharedData.default({}),
  })
  .refine((input) => input.to.scope === "region" || input.receivingFederalState !== undefined, {
    message: "receivingFederalState is required when referring to an organisation",
    path: ["receivingFederalState"],
  });

export type CreateDraftInput = z.infer<typeof CreateDraftInputSchema>;
