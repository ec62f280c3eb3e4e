import { authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";

/**
 * The data protection officer checks the access log's hash chain: intact, or the first
 * position where a record was changed, removed or reordered.
 */
export class VerifyAccessLog {
  constructor(private readonly deps: { accessLog: PersonalDataAccessLogPort }) {}

  execute(staff: StaffPrincipal): Promise<{ intact: boolean; entries: number; brokenAt: number | null }> {
    authorizeDataProtectionOfficer(staff);
    return this.deps.accessLog.verify();
  }
}
