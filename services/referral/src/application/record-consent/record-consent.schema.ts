import { IdSchema } from "@counselling/contracts";
import { z } from "zod";
import { GivenConsentSchema } from "../../domain/referral/consent-record";

export const RecordConsentInputSchema = z.object({ referralId: IdSchema, consent: GivenConsentSchema });

export type RecordConsentInput = z.infer<typeof RecordConsentInputSchema>;
