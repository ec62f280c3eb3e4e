import { createStaffProcedure, procedure, router, type StaffTokens } from "@counselling/platform";
import { z } from "zod";
import {
  type GetOrganisationDirectory,
  GetOrganisationDirectoryInputSchema,
} from "../../../application/directory-admin/get-organisation-directory.use-case";
import {
  type ListBookableServices,
  ListBookableServicesInputSchema,
} from "../../../application/directory-admin/list-bookable-services.use-case";
import type { SaveOrganisationDirectoryInput } from "../../../application/directory-admin/save-organisation-directory.schema";
import type { SaveOrganisationDirectory } from "../../../application/directory-admin/save-organisation-directory.use-case";

/**
 * The save's input is typed for clients but parsed by the use case, not here: the router's
 * zod check would answer with bare sentences (flattened, top-level keys only), while the
 * use case answers with each problem's path ("services.2.horizonDays"), so that the admin
 * form can point at the field.
 */
const SaveInputParsedByUseCase = z.custom<SaveOrganisationDirectoryInput>(
  (value) => typeof value === "object" && value !== null,
  "the save needs an object with organisationId, expectedRevision and directory",
);

export interface DirectoryAdminRouterDependencies {
  getOrganisationDirectory: GetOrganisationDirectory;
  saveOrganisationDirectory: SaveOrganisationDirectory;
  listBookableServices: ListBookableServices;
  staffTokens: StaffTokens;
}

/**
 * The directory's procedures, to be mounted as `directory` in the booking router.
 * Role and organisation are checked by the use cases (admins of that organisation only),
 * so the rule holds for every caller, not only this router.
 */
export function createDirectoryAdminRouter(deps: DirectoryAdminRouterDependencies) {
  const staffProcedure = createStaffProcedure(deps.staffTokens);
  return router({
    /** Admin: their organisation's directory with the revision to save against. */
    organisation: staffProcedure
      .input(GetOrganisationDirectoryInputSchema)
      .query(({ input, ctx }) => deps.getOrganisationDirectory.execute(input, ctx.staff)),
    /** Admin: replaces their organisation's directory if nobody saved meanwhile. */
    saveOrganisation: staffProcedure
      .input(SaveInputParsedByUseCase)
      .mutation(({ input, ctx }) => deps.saveOrganisationDirectory.execute(input, ctx.staff)),
    /** Public: the services a client can choose from (no staff names; those come with a free slot). */
    services: procedure
      .input(ListBookableServicesInputSchema)
      .query(({ input }) => deps.listBookableServices.execute(input)),
  });
}

export type DirectoryAdminRouter = ReturnType<typeof createDirectoryAdminRouter>;
