import type { Collection } from "mongodb";
import { isDuplicateKeyError } from "../mongo/duplicate-key";

interface LeaseDocument {
  _id: string;
  owner: string;
  at: number;
}

/**
 * A time-bound exclusive right, held by one process among N replicas.
 *
 * Time is cut into epochs of `leaseMs`; holding the lease in an epoch means having
 * inserted `<key>#<epoch>` first. Inserts against a unique `_id` are the one atomic
 * primitive of the test database (FerretDB v1 updates read and write in two steps, so a
 * conditional update can't decide a race; ADR 0009). The holder renews by inserting the
 * next epoch's document during the last third of its epoch, before anyone else may try;
 * a crashed holder's lease lapses at the end of its epoch, when the first contender
 * inserts the next one. Nobody ever overwrites or deletes another's document.
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
    const epoch = Math.floor(now / this.leaseMs);
    if ((await this.holderOf(key, epoch, now)) !== this.owner) return false;
    if (now - epoch * this.leaseMs >= (this.leaseMs * 2) / 3) {
      await this.holderOf(key, epoch + 1, now); // renew ahead: the next epoch is ours before it starts
      await this.leases.deleteOne({ _id: `${key}#${epoch - 2}` }); // long lapsed, nobody will insert it again
    }
    return true;
  }

  /** Hands the lease on at once (shutdown): removes this owner's current and next epoch. */
  async release(key: string, now = Date.now()): Promise<void> {
    const epoch = Math.floor(now / this.leaseMs);
    for (const id of [`${key}#${epoch}`, `${key}#${epoch + 1}`]) {
      const lease = await this.leases.findOne({ _id: id });
      if (lease?.owner === this.owner) await this.leases.deleteOne({ _id: id });
    }
  }

  /** Who holds the epoch: us if our insert wins, else whoever inserted it. */
  private async holderOf(key: string, epoch: number, now: number): Promise<string | undefined> {
    const id = `${key}#${epoch}`;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await this.leases.insertOne({ _id: id, owner: this.owner, at: now });
        return this.owner;
      } catch (error) {
        if (!isDuplicateKeyError(error)) throw error;
      }
      const holder = await this.leases.findOne({ _id: id });
      if (holder) return holder.owner; // else released meanwhile: try again
    }
    return undefined;
  }
}
