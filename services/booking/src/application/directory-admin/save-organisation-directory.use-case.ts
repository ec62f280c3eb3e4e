import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { validateDirectoryReferences } from "../../domain/directory/directory";
import type { AppointmentRepository } from "../ports/appointment-repository.port";
import type { DirectorySnapshotRefresh, DirectoryStore } from "./directory-store.port";
import {
  foreignEntryProblems,
  type OrganisationDirectory,
  organisationDirectoryOf,
  withOrganisationReplaced,
} from "./organisation-directory";
import { removedEntries, removedEntriesInUse } from "./removed-entries-in-use";
import {
  type SaveOrganisationDirectoryInput,
  SaveOrganisationDirectoryInputSchema,
} from "./save-organisation-directory.schema";

/**
 * An admin saves their organisation's whole slice. Checked before anything is written:
 * each entry on its own (domain schemas), that every entry is the organisation's own,
 * that the whole network's directory with this slice in place still fits together, and
 * that nothing it removes still has appointments ahead. Every problem is reported at once,
 * so that the admin form can show them all.
 */
export class SaveOrganisationDirectory {
  constructor(
    private readonly deps: {
      store: DirectoryStore;
      snapshot: DirectorySnapshotRefresh;
      appointments: Pick<AppointmentRepository, "referencesAhead">;
      clock: () => Date;
    },
  ) {}

  async execute(input: SaveOrganisationDirectoryInput, staff: StaffPrincipal): Promise<{ revision: number }> {
    // Role and scope first: someone who may not save learns nothing about the slice's problems.
    const organisationId = SaveOrganisationDirectoryInputSchema.shape.organisationId.parse(
      input.organisationId,
    );
    authorizeStaff(staff, ["admin"], { organisationId });
    const { expectedRevision, directory: slice } = parseInput(input);
    // One saver at a time network-wide: ids must stay unique across organisations' concurrent saves.
    const revision = await this.deps.store.exclusively(async () => {
      const problems = await this.problemsOf(slice, organisationId);
      if (problems.length > 0) {
        throw new AppError("VALIDATION_FAILED", "The directory does not fit together", {
          reason: "directory_inconsistent",
          details: { problems },
        });
      }
      return this.deps.store.replaceOrganisation(slice, expectedRevision, staff.staffId);
    });
    await this.deps.snapshot.refreshNow();
    return { revision };
  }

  private async problemsOf(slice: OrganisationDirectory, organisationId: string): Promise<string[]> {
    if (slice.organisation.id !== organisationId) {
      return [`The directory sent is of organisation "${slice.organisation.id}", not of "${organisationId}"`];
    }
    // The rest of the network is read fresh: this replica's snapshot may be a few seconds old.
    const stored = await this.deps.store.loadAll();
    const whole = withOrganisationReplaced(stored, slice);
    const removed = removedEntries(organisationDirectoryOf(stored, organisationId), slice);
    const inUse =
      removed.length === 0
        ? []
        : removedEntriesInUse(removed, await this.deps.appointments.referencesAhead(this.deps.clock()));
    return [...foreignEntryProblems(slice), ...validateDirectoryReferences(whole), ...inUse];
  }
}

/** Zod's issues with their paths ("services.2.horizonDays"), so that a form can point at the field. */
function parseInput(input: SaveOrganisationDirectoryInput) {
  const parsed = SaveOrganisationDirectoryInputSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AppError("VALIDATION_FAILED", "The directory has invalid entries", {
    reason: "directory_invalid",
    details: {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    },
  });
}
