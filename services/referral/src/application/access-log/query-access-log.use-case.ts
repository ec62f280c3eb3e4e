import {
  authorizeDataProtectionOfficer,
  type PersonalDataAccessQuery,
  type StaffPrincipal,
} from "@counselling/platform";
import type {
  LoggedPersonalDataAccess,
  PersonalDataAccessLogPort,
} from "../ports/personal-data-access-log.port";

/**
 * The data protection officer reads who accessed whose personal data in this service (by
 * client id, record, staff member, time). The entries hold ids and field names, no
 * personal data themselves.
 */
export class QueryAccessLog {
  constructor(private readonly deps: { accessLog: PersonalDataAccessLogPort }) {}

  execute(query: PersonalDataAccessQuery, staff: StaffPrincipal): Promise<LoggedPersonalDataAccess[]> {
    authorizeDataProtectionOfficer(staff);
    return this.deps.accessLog.query(query);
  }
}
