import type { PersonalDataAccess, PersonalDataAccessQuery, StaffPrincipal } from "@counselling/platform";

/** One access as a use case names it; who did it comes from the principal. */
export type PersonalDataAccessEntry = Omit<PersonalDataAccess, "staffId" | "role" | "organisationId">;

/** One entry as the data protection officer reads it. */
export type LoggedPersonalDataAccess = PersonalDataAccess & { position: number; at: Date };

/**
 * The service's tamper-evident log of staff accesses to client personal data (platform's
 * PersonalDataAccessLog, a hash chain; DSG-EKD accountability). An access is recorded
 * BEFORE the data are returned or changed: when the record cannot be written, the access
 * fails.
 */
export interface PersonalDataAccessLogPort {
  record(principal: StaffPrincipal, access: PersonalDataAccessEntry): Promise<void>;
  query(query: PersonalDataAccessQuery): Promise<LoggedPersonalDataAccess[]>;
  verify(): Promise<{ intact: boolean; entries: number; brokenAt: number | null }>;
}
