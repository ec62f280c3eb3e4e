import { FederalStateSchema, IdSchema, ServiceKindSchema } from "@counselling/contracts";
import { z } from "zod";

export const ServiceInboxInputSchema = z.object({
  organisationId: IdSchema,
  serviceKind: ServiceKindSchema,
  locationId: IdSchema.nullable().default(null),
  /** The Land of the service's location: region-wide referrals of this Land reach it. */
  federalState: FederalStateSchema,
});

export type ServiceInboxInput = z.infer<typeof ServiceInboxInputSchema>;
