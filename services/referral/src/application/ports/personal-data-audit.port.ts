import type { StaffRole } from "@counselling/contracts";

/** One staff read of a referral's personal data: who, in which role, when, which referral, which fields. */
export interface PersonalDataRead {
  referralId: string;
  staffId: string;
  role: StaffRole;
  organisationId: string;
  /** Consent categories shown, plus e.g. "receiver_notes" or "client_reference". */
  fields: string[];
  /** The procedure that showed them, e.g. "intake.open". */
  purpose: string;
  at: Date;
}

/**
 * The audit trail of reads of personal data (DSG-EKD accountability). A read is recorded
 * BEFORE the data is returned: when the record cannot be written, the read fails.
 */
export interface PersonalDataAudit {
  recordReads(reads: PersonalDataRead[]): Promise<void>;
}
