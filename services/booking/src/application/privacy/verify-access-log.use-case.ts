import { authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import type { PersonalDataAccessLogReader } from "../ports/personal-data.port";

/** Checks booking's access log end to end: any record changed, removed or reordered breaks the hash chain. */
export class VerifyAccessLog {
  constructor(private readonly deps: { accessLog: PersonalDataAccessLogReader }) {}

  async execute(staff: StaffPrincipal) {
    authorizeDataProtectionOfficer(staff);
    return this.deps.accessLog.verify();
  }
}
