import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import { OrganisationIdSchema } from "../../domain/directory/directory-id";
import type { DirectoryStore, StoredOrganisationDirectory } from "./directory-store.port";

export const GetOrganisationDirectoryInputSchema = z.object({ organisationId: OrganisationIdSchema });
export type GetOrganisationDirectoryInput = z.input<typeof GetOrganisationDirectoryInputSchema>;

export type OrganisationDirectoryForEditing = Omit<StoredOrganisationDirectory, "updatedAt"> & {
  updatedAt: string;
};

/**
 * An admin opens their organisation's directory for editing: read fresh from the
 * store (not the replica's snapshot), with the revision to send back on save.
 */
export class GetOrganisationDirectory {
  constructor(private readonly deps: { store: DirectoryStore }) {}

  async execute(
    input: GetOrganisationDirectoryInput,
    staff: StaffPrincipal,
  ): Promise<OrganisationDirectoryForEditing> {
    const { organisationId } = GetOrganisationDirectoryInputSchema.parse(input);
    authorizeStaff(staff, ["admin"], { organisationId });
    const stored = await this.deps.store.loadOrganisation(organisationId);
    if (!stored) throw AppError.notFound("Organisation", organisationId);
    // An ISO string, not a Date: the answer travels as JSON and must look the same on both sides.
    return { ...stored, updatedAt: stored.updatedAt.toISOString() };
  }
}
