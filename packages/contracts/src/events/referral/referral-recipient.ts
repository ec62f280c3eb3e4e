import { z } from "zod";
import { FederalStateSchema } from "../../shared/federal-state";
import { IdSchema } from "../../shared/id";
import { ServiceKindSchema } from "../../shared/service-kind";

/**
 * Where a referral goes: a named organisation (optionally down to a location or service),
 * or any service of the kind in a region, whose first accepting service takes it. Both
 * name the receiving Land: its public holidays count for the working-day deadlines.
 */
export const ReferralRecipientSchema = z.discriminatedUnion("scope", [
  z.object({
    scope: z.literal("organisation"),
    serviceKind: ServiceKindSchema,
    organisationId: IdSchema,
    locationId: IdSchema.nullable(),
    serviceId: IdSchema.nullable(),
    federalState: FederalStateSchema.describe("The Land of the receiving location (or organisation)."),
  }),
  z.object({
    scope: z.literal("region"),
    serviceKind: ServiceKindSchema,
    federalState: FederalStateSchema,
    nearPostalCode: z
      .string()
      .regex(/^\d{5}$/)
      .nullable(),
  }),
]);

export type ReferralRecipient = z.infer<typeof ReferralRecipientSchema>;
