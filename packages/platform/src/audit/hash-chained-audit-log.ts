import { createHash } from "node:crypto";
import type { Collection, Db } from "mongodb";
import { isDuplicateKeyError } from "../mongo/duplicate-key";
import { DOCUMENT_LOCKS_COLLECTION, DocumentLocks } from "../mongo/document-locks";

/** One audit record as stored: its place in the chain and the hashes that seal it. */
export interface AuditEntryDocument<R> {
  /** Position in the chain, 1, 2, 3, … (unique: two writers can't take the same place). */
  _id: number;
  at: Date;
  record: R;
  /** Hash of the entry before (64 zeros for the first). */
  previousHash: string;
  /** sha256 over position, time, record and previousHash. */
  hash: string;
}

interface ChainHead {
  _id: "head";
  position: number;
  hash: string;
}

const GENESIS_HASH = "0".repeat(64);

interface PendingAppend<R> {
  records: Array<{ record: R; at: Date }>;
  done: (error?: Error) => void;
}

/** How long an append waits for the chain's lock: appends are short, but every staff read makes one. */
const CHAIN_LOCK_WAIT_MS = 15_000;

/**
 * A tamper-evident audit log: each entry carries the hash of the one before, so changing,
 * removing or reordering any record breaks every hash after it (`verify`). Appends are
 * serialised by a lock on the chain's head (the test database can't compare-and-set, ADR
 * 0009); a crash between writing an entry and moving the head is repaired by the next
 * append, which finds the entry already there. Entries are only ever inserted.
 *
 * Every staff read of personal data appends, so the chain is a hot spot: appends that
 * arrive while one is being written are written together by the next (group commit), with
 * one lock and one head update per group instead of per record.
 */
export class HashChainedAuditLog<R extends object> {
  private readonly entries: Collection<AuditEntryDocument<R>>;
  private readonly heads: Collection<ChainHead>;
  private readonly locks: DocumentLocks;

  constructor(
    database: Db,
    private readonly name: string,
  ) {
    this.entries = database.collection<AuditEntryDocument<R>>(name);
    this.heads = database.collection<ChainHead>(`${name}_head`);
    this.locks = new DocumentLocks(database.collection(DOCUMENT_LOCKS_COLLECTION), {
      waitMs: CHAIN_LOCK_WAIT_MS,
    });
  }

  private pending: Array<PendingAppend<R>> = [];
  private writing: Promise<void> | null = null;

  /** Appends the records in order; resolves once they are sealed in the chain. */
  append(records: R[], at = new Date()): Promise<void> {
    if (records.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.pending.push({
        records: records.map((record) => ({ record, at })),
        done: (error) => (error === undefined ? resolve() : reject(error)),
      });
      this.writeNextGroup();
    });
  }

  /** One group at a time per process; what arrives meanwhile waits for the next group. */
  private writeNextGroup(): void {
    if (this.writing || this.pending.length === 0) return;
    const group = this.pending.splice(0);
    this.writing = this.appendLocked(group.flatMap((append) => append.records)).then(
      () => group.forEach((append) => append.done()),
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(`audit append failed: ${String(error)}`);
        group.forEach((append) => append.done(failure));
      },
    );
    void this.writing.finally(() => {
      this.writing = null;
      this.writeNextGroup();
    });
  }

  private async appendLocked(records: Array<{ record: R; at: Date }>): Promise<void> {
    await this.locks.withLock(`audit:${this.name}`, async () => {
      let head = await this.currentHead();
      let next = 0;
      while (next < records.length) {
        const position = head.position + 1;
        const { record, at } = records[next] as { record: R; at: Date };
        const entry = sealed(position, at, record, head.hash);
        try {
          await this.entries.insertOne(entry);
        } catch (error) {
          if (!isDuplicateKeyError(error)) throw error;
          // A writer died after its entry and before moving the head: move it now, then retry this record.
          head = await this.headFromEntry(position);
          continue;
        }
        head = { _id: "head", position, hash: entry.hash };
        next++;
      }
      // One head update per group; a crash before it is repaired by the next append (above).
      await this.heads.replaceOne({ _id: "head" }, head, { upsert: true });
    });
  }

  /** Checks every entry in order; the first position whose hash doesn't hold, or null when intact. */
  async verify(): Promise<{ intact: boolean; entries: number; brokenAt: number | null }> {
    const all = await this.entries.find({}).sort({ _id: 1 }).toArray();
    let previousHash = GENESIS_HASH;
    for (const [index, entry] of all.entries()) {
      const expected = sealed(index + 1, entry.at, entry.record, previousHash);
      if (entry._id !== index + 1 || entry.previousHash !== previousHash || entry.hash !== expected.hash) {
        return { intact: false, entries: all.length, brokenAt: index + 1 };
      }
      previousHash = entry.hash;
    }
    return { intact: true, entries: all.length, brokenAt: null };
  }

  /**
   * Entries whose record matches the filter (e.g. `{ "record.referralId": id }`), oldest
   * first; when more match than `limit`, the newest `limit` of them (what one looks for).
   */
  async find(filter: Record<string, unknown>, limit = 500): Promise<Array<AuditEntryDocument<R>>> {
    const newest = await this.entries.find(filter).sort({ _id: -1 }).limit(limit).toArray();
    return newest.reverse();
  }

  private async currentHead(): Promise<ChainHead> {
    return (await this.heads.findOne({ _id: "head" })) ?? { _id: "head", position: 0, hash: GENESIS_HASH };
  }

  private async headFromEntry(position: number): Promise<ChainHead> {
    const entry = await this.entries.findOne({ _id: position } as never);
    if (!entry) throw new Error(`audit entry ${String(position)} vanished`);
    const head: ChainHead = { _id: "head", position, hash: entry.hash };
    await this.heads.replaceOne({ _id: "head" }, head, { upsert: true });
    return head;
  }
}

function sealed<R>(position: number, at: Date, record: R, previousHash: string): AuditEntryDocument<R> {
  const hash = createHash("sha256")
    .update(`${String(position)}\u0000${at.toISOString()}\u0000${canonicalJson(record)}\u0000${previousHash}`)
    .digest("hex");
  return { _id: position, at, record, previousHash, hash };
}

/** JSON with sorted keys and dates as ISO strings, so the same record always hashes the same. */
function canonicalJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
