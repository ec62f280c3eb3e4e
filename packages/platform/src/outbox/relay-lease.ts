import type { Collection } from "mongodb";
import { isDuplicateKeyError } from "../mongo/duplicate-key";

interface LeaseDocument {
  _id: string;
  owner: string;
  /** Epoch milliseconds (a number, so the filter is pushed down on FerretDB too). */
  until: number;
}

/**
 * A time-bound exclusive right, held by one process among N replicas. Taken
 * and renewed with one atomic conditional upsert: free, expired, or already
 * ours. Losing the race surfaces as a duplicate key on `_id`.
 */
export class RelayLease {
  private readonly leases: Collection<LeaseDocument>;

  constructor(
    leases: Collection,
    private readonly owner: string,
    private readonly leaseMs: number,
  ) {
    this.leases = leases as unknown as Collection<LeaseDocument>;
  }

  async tryAcquire(key: string, now = Date.now()): Promise<boolean> {
    try {
      await this.leases.updateOne(
        { _id: key, $or: [{ owner: this.owner }, { until: { $lt: now } }] },
        { $set: { owner: this.owner, until: now + this.leaseMs } },
        { upsert: true },
      );
      return true;
    } catch (error) {
      if (isDuplicateKeyError(error)) return false;
      throw error;
    }
  }

  async release(key: string): Promise<void> {
    await this.leases.deleteOne({ _id: key, owner: this.owner });
  }
}
