import { z } from "zod";
import { OrganisationIdSchema } from "../../domain/directory/directory-id";
import { OrganisationDirectorySchema } from "./organisation-directory";

/**
 * An admin's save: the whole slice of their organisation, and the revision they
 * started from (a save over someone else's newer edit is refused, not merged).
 */
export const SaveOrganisationDirectoryInputSchema = z.object({
  organisationId: OrganisationIdSchema,
  expectedRevision: z.number().int().min(1),
  directory: OrganisationDirectorySchema,
});

export type SaveOrganisationDirectoryInput = z.input<typeof SaveOrganisationDirectoryInputSchema>;
