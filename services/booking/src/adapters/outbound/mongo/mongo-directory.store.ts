import { AppError, isDuplicateKeyError } from "@counselling/platform";
import type { Collection, Db } from "mongodb";
import type {
  DirectoryStore,
  StoredOrganisationDirectory,
} from "../../../application/directory-admin/directory-store.port";
import {
  type OrganisationDirectory,
  organisationDirectoryOf,
} from "../../../application/directory-admin/organisation-directory";
import type { Directory } from "../../../domain/directory/directory";
import {
  type DirectoryDocument,
  DirectoryDocumentSchema,
  type DirectoryRevisionDocument,
  DirectoryRevisionDocumentSchema,
  INTERPRETER_POOL_ID,
  revisionDocumentId,
} from "./mongo-directory.document";
import { withDirectoryWriteLease } from "./mongo-directory-write-lease";

export interface DirectoryCollections {
  /** One document per organisation (and the interpreter pool): the current slices. */
  documents: Collection<DirectoryDocument>;
  /** Every saved revision; inserting one is what claims it. */
  revisions: Collection<DirectoryRevisionDocument>;
  /** Where savers take turns across replicas (`job_leases` does). */
  leases: Collection;
}

/**
 * The directory in MongoDB, one document per organisation.
 *
 * Compare-and-set without a conditional update: FerretDB v1 evaluates an update's filter
 * and applies it non-atomically (20 concurrent `updateOne({_id, revision: 1})` let
 * several win), so a save claims its revision by INSERTING "<org>@<revision>" (unique
 * `_id`: exactly one wins) and then copies it into the organisation's document. A save
 * that dies between the two is rolled forward by the next read, which follows the
 * revisions by exact `_id` (the only fast lookup there).
 */
export class MongoDirectoryStore implements DirectoryStore {
  constructor(
    private readonly collections: DirectoryCollections,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The service's own collections: `directory`, `directory_revisions`, and `job_leases` for taking turns. */
  static inDatabase(database: Db): MongoDirectoryStore {
    return new MongoDirectoryStore({
      documents: database.collection<DirectoryDocument>("directory"),
      revisions: database.collection<DirectoryRevisionDocument>("directory_revisions"),
      leases: database.collection("job_leases"),
    });
  }

  async loadAll(): Promise<Directory> {
    const stored = await this.collections.documents.find({}).toArray();
    const current = await Promise.all(stored.map((document) => this.rolledForward(document)));
    current.sort((a, b) => a._id.localeCompare(b._id));
    return {
      organisations: current.flatMap((document) => (document.organisation ? [document.organisation] : [])),
      locations: current.flatMap((document) => document.locations),
      services: current.flatMap((document) => document.services),
      counsellors: current.flatMap((document) => document.counsellors),
      rooms: current.flatMap((document) => document.rooms),
      interpreters: current.flatMap((document) => document.interpreters),
    };
  }

  async loadOrganisation(organisationId: string): Promise<StoredOrganisationDirectory | null> {
    const found = await this.collections.documents.findOne({ _id: organisationId });
    if (!found) return null;
    const { _id, organisation, revision, updatedAt, updatedBy, ...lists } = await this.rolledForward(found);
    if (!organisation) return null;
    return { directory: { organisation, ...lists }, revision, updatedAt, updatedBy };
  }

  async replaceOrganisation(
    slice: OrganisationDirectory,
    expectedRevision: number,
    updatedBy: string,
  ): Promise<number> {
    const organisationId = slice.organisation.id;
    const current = await this.loadOrganisation(organisationId);
    if (!current) throw AppError.notFound("Organisation", organisationId);
    if (current.revision !== expectedRevision) throw changedMeanwhile(expectedRevision, current.revision);
    const revision = expectedRevision + 1;
    const version = { ...slice, revision, updatedAt: this.clock(), updatedBy };
    try {
      await this.collections.revisions.insertOne({
        _id: revisionDocumentId(organisationId, revision),
        organisationId,
        ...version,
      });
    } catch (error) {
      if (isDuplicateKeyError(error)) throw changedMeanwhile(expectedRevision, revision);
      throw error;
    }
    await this.copyToDocument(organisationId, version);
    return revision;
  }

  /** Savers take turns network-wide (see withDirectoryWriteLease). */
  exclusively<T>(work: () => Promise<T>): Promise<T> {
    return withDirectoryWriteLease(this.collections.leases, work);
  }

  /**
   * Stores each organisation of `directory` (and the interpreter pool) that is not
   * stored yet, at revision 1. Stored ones are left as they are, so that admins' edits
   * survive restarts; two replicas seeding at once end with one document per
   * organisation (the unique `_id` lets one insert win). Returns the ids it inserted.
   */
  async seedIfEmpty(directory: Directory): Promise<string[]> {
    const version = { revision: 1, updatedAt: this.clock(), updatedBy: "seed" };
    const pool = directory.interpreters.filter((interpreter) => interpreter.organisationId === null);
    const documents: DirectoryDocument[] = [
      ...directory.organisations.flatMap((organisation) => {
        const slice = organisationDirectoryOf(directory, organisation.id);
        return slice ? [{ _id: organisation.id, ...slice, ...version }] : [];
      }),
      { _id: INTERPRETER_POOL_ID, ...emptySlice(), interpreters: pool, ...version },
    ];
    const inserted = await Promise.all(
      documents.map(async (document) => {
        try {
          await this.collections.documents.insertOne(document);
          return [document._id];
        } catch (error) {
          if (isDuplicateKeyError(error)) return [];
          throw error;
        }
      }),
    );
    return inserted.flat();
  }

  /**
   * Changes whenever a document does (a save raises its revision, a seed adds one):
   * ids and revisions only, so that every replica can poll it cheaply.
   */
  async revisionStamp(): Promise<string> {
    const documents = await this.collections.documents.find({}, { projection: { revision: 1 } }).toArray();
    return documents
      .map((document) => `${document._id}@${document.revision}`)
      .sort()
      .join(",");
  }

  /** The document with every revision claimed after it applied (normally none). */
  private async rolledForward(stored: unknown): Promise<DirectoryDocument> {
    let document = DirectoryDocumentSchema.parse(stored);
    const before = document.revision;
    for (;;) {
      const next = await this.collections.revisions.findOne({
        _id: revisionDocumentId(document._id, document.revision + 1),
      });
      if (!next) break;
      const {
        _id: _revisionId,
        organisationId: _organisationId,
        ...version
      } = DirectoryRevisionDocumentSchema.parse(next);
      document = { _id: document._id, ...version };
    }
    if (document.revision !== before) {
      const { _id: id, ...version } = document;
      await this.copyToDocument(id, version);
    }
    return document;
  }

  /**
   * Never lowers a revision. The filter is not atomic with the write on FerretDB v1, so
   * an older copy may rarely land last; reads roll it forward again from the revisions.
   */
  private async copyToDocument(id: string, version: Omit<DirectoryDocument, "_id">): Promise<void> {
    const { revision } = version;
    await this.collections.documents.updateOne({ _id: id, revision: { $lt: revision } }, { $set: version });
  }
}

function changedMeanwhile(expectedRevision: number, currentRevision: number): AppError {
  return AppError.conflict(
    "Someone saved this directory meanwhile; please reload and apply your changes again",
    {
      reason: "directory_changed",
      details: { expectedRevision, currentRevision },
    },
  );
}

function emptySlice() {
  return { organisation: null, locations: [], services: [], counsellors: [], rooms: [], interpreters: [] };
}
