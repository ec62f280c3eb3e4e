import {
  createLogger,
  DOCUMENT_LOCKS_COLLECTION,
  DocumentLocks,
  type StaffPrincipal,
} from "@counselling/platform";
import { uniqueId } from "@counselling/testkit";
import type { Db } from "mongodb";
import { RefreshingDirectoryReader } from "../adapters/outbound/directory/refreshing-directory.reader";
import type {
  DirectoryDocument,
  DirectoryRevisionDocument,
} from "../adapters/outbound/mongo/mongo-directory.document";
import {
  type AppointmentDocument,
  MongoAppointmentRepository,
} from "../adapters/outbound/mongo/mongo-appointment.repository";
import { MongoDirectoryStore } from "../adapters/outbound/mongo/mongo-directory.store";
import { GetOrganisationDirectory } from "../application/directory-admin/get-organisation-directory.use-case";
import { ListBookableServices } from "../application/directory-admin/list-bookable-services.use-case";
import { SaveOrganisationDirectory } from "../application/directory-admin/save-organisation-directory.use-case";
import { demoDirectory } from "../seed/demo-directory";

/**
 * One replica's directory wiring on the real database, on collections of its own (or
 * shared with another replica: pass its `collections`), seeded with the demo directory.
 */
export async function directoryReplica(
  db: Db,
  { collections = directoryCollections(db), intervalMs = 60_000 } = {},
) {
  const store = new MongoDirectoryStore(collections);
  await store.seedIfEmpty(demoDirectory);
  const reader = new RefreshingDirectoryReader({
    source: store,
    logger: createLogger({ service: "test", level: "silent" }),
    intervalMs,
  });
  await reader.start();
  return {
    collections,
    store,
    reader,
    getOrganisationDirectory: new GetOrganisationDirectory({ store }),
    saveOrganisationDirectory: new SaveOrganisationDirectory({
      store,
      snapshot: reader,
      appointments: new MongoAppointmentRepository(
        db.collection<AppointmentDocument>("appointments"),
        DocumentLocks.on(db.collection(DOCUMENT_LOCKS_COLLECTION)),
      ),
      clock: () => new Date(),
    }),
    listBookableServices: new ListBookableServices({ snapshot: () => reader.current() }),
  };
}

export function directoryCollections(db: Db) {
  const suffix = uniqueId();
  return {
    documents: db.collection<DirectoryDocument>(`directory_${suffix}`),
    revisions: db.collection<DirectoryRevisionDocument>(`directory_revisions_${suffix}`),
    leases: db.collection(`leases_${suffix}`),
  };
}

export function staffOf(organisationId: string, role: StaffPrincipal["role"] = "admin"): StaffPrincipal {
  return { staffId: `staff-${role}-${organisationId}`, role, organisationId, locationIds: [] };
}
