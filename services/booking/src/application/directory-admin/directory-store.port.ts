import type { Directory } from "../../domain/directory/directory";
import type { OrganisationDirectory } from "./organisation-directory";

/** One organisation's slice as stored, with the revision an edit must name to replace it. */
export interface StoredOrganisationDirectory {
  directory: OrganisationDirectory;
  revision: number;
  updatedAt: Date;
  updatedBy: string;
}

/** Where the directory is kept, one slice per organisation, changed by compare-and-set. */
export interface DirectoryStore {
  /** The whole network's directory, read fresh (not a cached snapshot). */
  loadAll(): Promise<Directory>;
  loadOrganisation(organisationId: string): Promise<StoredOrganisationDirectory | null>;
  /**
   * Replaces the slice if it is still at `expectedRevision`; the new revision comes back.
   * CONFLICT "directory_changed" when someone saved in between; NOT_FOUND when the
   * organisation is not stored. Nothing is written on any error.
   */
  replaceOrganisation(
    slice: OrganisationDirectory,
    expectedRevision: number,
    updatedBy: string,
  ): Promise<number>;
  /**
   * Runs `work` while no other save runs anywhere in the network, so that what it
   * checked against the whole directory still holds when it writes. CONFLICT
   * "directory_busy" when the turn does not come within a few seconds.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
}

/** Makes this replica's directory snapshot catch up after a local write. */
export interface DirectorySnapshotRefresh {
  /** Never rejects: a failed refresh is retried by the periodic one. */
  refreshNow(): Promise<void>;
}
