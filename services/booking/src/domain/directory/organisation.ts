import { FederalStateSchema } from "@counselling/contracts";
import { z } from "zod";
import { OrganisationIdSchema } from "./directory-id";

/**
 * A welfare organisation of the network (HSDS "organization"), e.g. a regional
 * Diakonisches Werk. Its name is a proper name and is not translated.
 */
export const OrganisationSchema = z.object({
  id: OrganisationIdSchema,
  name: z.string().trim().min(1, "An organisation needs a name"),
  federalState: FederalStateSchema.describe(
    "Where the organisation is registered; locations carry their own.",
  ),
  website: z.url({ protocol: /^https?$/, error: "A website is an http(s) address" }).optional(),
});

export type Organisation = z.infer<typeof OrganisationSchema>;
