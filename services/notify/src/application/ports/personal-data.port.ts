import { isAppError, type PersonalDataAccess, type StaffPrincipal } from "@counselling/platform";

/**
 * The key service as notify's use cases see it (the platform's PersonalDataVault over the
 * shared key database, ADR 0010/0011): seal and open a record's personal data with its
 * key, shred the key. `decrypt` throws GONE `personal_data_erased` once the key is gone.
 */
export interface PersonalDataCipher {
  encrypt(clientId: string, plaintext: string): Promise<string>;
  decrypt(clientId: string, sealed: string): Promise<string>;
  /** Null once erased. */
  decryptOrNull(clientId: string, sealed: string): Promise<string | null>;
  shred(clientId: string): Promise<void>;
  /** Loads the record's key ahead of use (overlapping other reads); never throws. */
  prefetch?(clientId: string): Promise<void>;
}

/** The keyed hash of a phone number kept beside a sealed phone (platform's PhoneIndexer). */
export interface PhoneIndexOf {
  of(e164Phone: string): string;
}

/** Where staff accesses to personal data are recorded before they are answered (hash-chained log). */
export interface PersonalDataAccessRecorder {
  record(
    principal: StaffPrincipal,
    access: Omit<PersonalDataAccess, "staffId" | "role" | "organisationId">,
  ): Promise<void>;
}

/** The vault's answer for a shredded key: skip the record, never retry or dead-letter it. */
export function isPersonalDataErased(error: unknown): boolean {
  return isAppError(error) && error.code === "GONE" && error.reason === "personal_data_erased";
}
