import { randomUUID } from "node:crypto";
import type { Collection } from "mongodb";
import type {
  PersonalDataAudit,
  PersonalDataRead,
} from "../../../application/ports/personal-data-audit.port";

export type PersonalDataReadDocument = PersonalDataRead & { _id: string };

/** Audit records in their own collection: insert-only (no scans), never updated or deleted by the service. */
export class MongoPersonalDataAudit implements PersonalDataAudit {
  constructor(private readonly reads: Collection<PersonalDataReadDocument>) {}

  async recordReads(reads: PersonalDataRead[]): Promise<void> {
    if (reads.length === 0) return;
    await this.reads.insertMany(
      reads.map((read) => ({ _id: randomUUID(), ...read })),
      { ordered: false },
    );
  }
}
