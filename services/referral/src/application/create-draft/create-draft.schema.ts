import {
  CalendarDateSchema,
  IdSchema,
  ServiceKindSchema,
  SharedClientDataSchema,
} from "@counselling/contracts";
import { z } from "zod";
import { DraftContentSchema } from "../../domain/referral/draft-referral";

const draft = DraftContentSchema.shape;

/** A legal deadline as the counsellor enters it; the description is sealed at once (ADR 0011). */
export const LegalDeadlineInputSchema = z.object({
  dueOn: CalendarDateSchema,
  description: z.string().min(1).describe("E.g. 'Klagefrist gegen Asylbescheid'."),
});

/**
 * A counsellor drafts a referral; who and where they are comes from their token. The
 * recipient names its Land (`to.federalState`): its holidays count for the deadline.
 * The client reference, the legal deadline's description and the shared data come in
 * plain and are sealed at once.
 */
export const CreateDraftInputSchema = z.object({
  /** The counsellor's own case reference (personal data: sealed, never sent on). */
  clientReference: z.string().trim().min(1).max(100),
  fromService: z.object({ serviceId: IdSchema, serviceKind: ServiceKindSchema }),
  to: draft.to,
  urgency: draft.urgency,
  reasonCode: draft.reasonCode,
  communication: draft.communication,
  legalDeadline: LegalDeadlineInputSchema.nullable().default(null),
  sharedData: SharedClientDataSchema.default({}),
});

export type CreateDraftInput = z.infer<typeof CreateDraftInputSchema>;
