import {
  type Collection,
  type Document,
  MongoBulkWriteError,
  type MongoClient,
  type OptionalUnlessRequiredId,
  type WriteError,
} from "mongodb";
import { DUPLICATE_KEY_CODE, DuplicateKeyError } from "./duplicate-key";
import { GroupCommit } from "./group-commit";

/** At most this many documents per insert command (FerretDB writes 100 per SQLite transaction). */
const MAX_DOCUMENTS_PER_INSERT = 400;
/** Ids per batched delete. */
const MAX_IDS_PER_DELETE = 200;

interface WriteErrorLike {
  index: number;
  code?: number;
  errmsg?: string;
}

/**
 * Concurrent inserts into one collection, group-committed (`GroupCommit`): one unordered
 * `insertMany` per batch, so one caller's duplicate key does not stop another's documents.
 * Measured on FerretDB v1: 50 single inserts in flight give ~700 documents/s, batches of
 * 20 ~7,700 (ADR 0043). On FerretDB an unordered insert keeps the array's order, so of two
 * callers in one batch claiming the same key the earlier one gets it; MongoDB may reorder.
 */
export class BatchedInserts<TDocument extends Document> {
  private readonly commits: GroupCommit<TDocument[], number[]>;

  constructor(private readonly collection: Collection<TDocument>) {
    this.commits = new GroupCommit(
      (batch) => this.insertBatch(batch),
      MAX_DOCUMENTS_PER_INSERT,
      (documents) => documents.length,
    );
  }

  /**
   * Inserts `documents`; resolves with the positions (within `documents`) that hit a
   * duplicate key, which were not inserted. Any other failure rejects.
   */
  insert(documents: TDocument[]): Promise<number[]> {
    return documents.length === 0 ? Promise.resolve([]) : this.commits.submit(documents);
  }

  /** One document; rejects with a duplicate-key error (`isDuplicateKeyError`) like `insertOne`. */
  async insertOne(document: TDocument): Promise<void> {
    const duplicates = await this.insert([document]);
    if (duplicates.length > 0) throw new DuplicateKeyError(this.collection.namespace);
  }

  private async insertBatch(batch: TDocument[][]): Promise<Array<number[] | Error>> {
    let writeErrors: WriteErrorLike[] = [];
    try {
      await this.collection.insertMany(batch.flat() as OptionalUnlessRequiredId<TDocument>[], {
        ordered: false,
      });
    } catch (error) {
      const reported = writeErrorsOf(error);
      if (!reported) throw error;
      writeErrors = reported;
    }
    let offset = 0;
    return batch.map((documents) => {
      const end = offset + documents.length;
      const own = writeErrors.filter((failure) => failure.index >= offset && failure.index < end);
      const start = offset;
      offset = end;
      const other = own.find((failure) => failure.code !== DUPLICATE_KEY_CODE);
      if (other) return new Error(`insert failed: ${other.errmsg ?? String(other.code)}`);
      return own.map((failure) => failure.index - start);
    });
  }
}

/**
 * Deletes by `_id`, group-committed into one `deleteMany({_id: {$in}})` per batch. Only for
 * small collections of short-lived documents (locks, outbox marks): FerretDB v1 answers an
 * `$in` with a scan of the collection, which is cheap only while the collection is small.
 */
export class BatchedDeletes {
  private readonly commits: GroupCommit<string, undefined>;

  constructor(collection: Collection<{ _id: string }>) {
    this.commits = new GroupCommit(async (ids) => {
      await collection.deleteMany({ _id: { $in: ids } });
      return ids.map(() => undefined);
    }, MAX_IDS_PER_DELETE);
  }

  async deleteById(id: string): Promise<void> {
    await this.commits.submit(id);
  }
}

/**
 * The per-document errors of a bulk insert, or null when the command as a whole failed and
 * nothing can be said about any single document. The driver throws a `MongoBulkWriteError`
 * in both cases; one that wraps a network or server error carries `writeErrors: []`, which
 * must not be read as "all inserted" (the chaos test caught claims and data keys believed
 * written that never were).
 */
function writeErrorsOf(error: unknown): WriteErrorLike[] | null {
  if (!(error instanceof MongoBulkWriteError)) return null;
  const reported: readonly WriteError[] = isWriteErrorList(error.writeErrors)
    ? error.writeErrors
    : [error.writeErrors];
  return reported.length > 0 ? [...reported] : null;
}

function isWriteErrorList(errors: WriteError | readonly WriteError[]): errors is readonly WriteError[] {
  return Array.isArray(errors);
}

interface Batchers {
  inserts: Map<string, BatchedInserts<Document>>;
  deletes: Map<string, BatchedDeletes>;
}

const batchersByClient = new WeakMap<MongoClient, Batchers>();

function batchersOf(collection: { db: { client: MongoClient } }): Batchers {
  const client = collection.db.client;
  let batchers = batchersByClient.get(client);
  if (!batchers) {
    batchers = { inserts: new Map(), deletes: new Map() };
    batchersByClient.set(client, batchers);
  }
  return batchers;
}

/** The one insert batcher of this collection in this process (per client): all its writers share it. */
export function batchedInsertsInto<TDocument extends Document>(
  collection: Collection<TDocument>,
): BatchedInserts<TDocument> {
  const { inserts } = batchersOf(collection);
  let batcher = inserts.get(collection.namespace);
  if (!batcher) {
    batcher = new BatchedInserts(collection as unknown as Collection);
    inserts.set(collection.namespace, batcher);
  }
  return batcher as unknown as BatchedInserts<TDocument>;
}

/** The one delete batcher of this (small) collection in this process (per client). */
export function batchedDeletesFrom<TDocument extends { _id: string }>(
  collection: Collection<TDocument>,
): BatchedDeletes {
  const { deletes } = batchersOf(collection);
  let batcher = deletes.get(collection.namespace);
  if (!batcher) {
    batcher = new BatchedDeletes(collection as unknown as Collection<{ _id: string }>);
    deletes.set(collection.namespace, batcher);
  }
  return batcher;
}
