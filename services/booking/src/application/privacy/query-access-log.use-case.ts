import {
  authorizeDataProtectionOfficer,
  type PersonalDataAccessQuery,
  PersonalDataAccessQuerySchema,
  type StaffPrincipal,
} from "@counselling/platform";
import type { PersonalDataAccessLogReader } from "../ports/personal-data.port";

/** Who looked at or changed whose personal data in booking, when and why: for the data protection officer. */
export class QueryAccessLog {
  constructor(private readonly deps: { accessLog: PersonalDataAccessLogReader }) {}

  async execute(input: PersonalDataAccessQuery, staff: StaffPrincipal) {
    authorizeDataProtectionOfficer(staff);
    const entries = await this.deps.accessLog.query(PersonalDataAccessQuerySchema.parse(input));
    return entries.map(({ at, ...entry }) => ({ ...entry, at: at.toISOString() }));
  }
}
