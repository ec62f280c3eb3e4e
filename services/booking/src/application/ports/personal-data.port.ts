import type { PhoneIndex, SealedPersonalData } from "@counselling/contracts";
import type { PersonalDataAccess, PersonalDataAccessQuery, StaffPrincipal } from "@counselling/platform";

/**
 * Seals and opens client personal data with the record's own data key (platform's
 * PersonalDataVault over the shared key database, ADR 0010/0011).
 */
export interface PersonalDataSealer {
  /** GONE `personal_data_erased` if the key was shredded (a tombstone never becomes a key again). */
  encrypt(clientId: string, plaintext: string): Promise<SealedPersonalData>;
  /** Null once the key is shredded: erased data show as erased, they never fail a request. */
  decryptOrNull(clientId: string, sealed: string): Promise<string | null>;
  /** Crypto-shredding; idempotent. */
  shred(clientId: string): Promise<void>;
}

/** The keyed hash of an E.164 number that every service computes alike (PhoneIndexer). */
export interface PhoneIndexing {
  of(e164Phone: string): PhoneIndex;
}

/** Keyed fingerprints of idempotent requests, which hold names and numbers. */
export interface RequestFingerprints {
  of(request: unknown): string;
}

/**
 * The service's tamper-evident log of staff access to personal data (platform's
 * PersonalDataAccessLog). Recorded BEFORE the data are returned or changed.
 */
export interface PersonalDataAccessRecorder {
  record(
    principal: StaffPrincipal,
    access: Omit<PersonalDataAccess, "staffId" | "role" | "organisationId">,
  ): Promise<void>;
}

/** What a use case that takes in client data needs to seal it and to tell replays apart. */
export interface BookingPersonalData {
  vault: PersonalDataSealer;
  phoneIndex: PhoneIndexing;
  fingerprints: RequestFingerprints;
}

/** Reading the access log back (platform's PersonalDataAccessLog): for the data protection officer. */
export interface PersonalDataAccessLogReader {
  query(query: PersonalDataAccessQuery): Promise<Array<PersonalDataAccess & { position: number; at: Date }>>;
  verify(): Promise<{ intact: boolean; entries: number; brokenAt: number | null }>;
}
