import type { HashChainedAuditLog } from "@counselling/platform";
import type {
  PersonalDataAudit,
  PersonalDataRead,
} from "../../../application/ports/personal-data-audit.port";

/**
 * Audit records of personal-data reads in a hash-chained log (platform): insert-only, and
 * any later change, removal or reordering of a record is detected by `verify()`.
 */
export class MongoPersonalDataAudit implements PersonalDataAudit {
  constructor(private readonly log: HashChainedAuditLog<PersonalDataRead>) {}

  async recordReads(reads: PersonalDataRead[]): Promise<void> {
    await this.log.append(reads);
  }
}
