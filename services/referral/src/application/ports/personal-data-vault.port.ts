import type { PhoneIndex } from "@counselling/contracts";

/**
 * The shared key service for client personal data (platform's PersonalDataVault, ADR
 * 0010/0011): seals with the record's data key, opens while the key exists, shreds it.
 * Opening erased data gives null; sealing for a shredded key fails with GONE
 * `personal_data_erased` (the tombstone stops a late write from reviving the key).
 */
export interface ClientDataVault {
  encrypt(clientId: string, plaintext: string): Promise<string>;
  decryptOrNull(clientId: string, ciphertext: string): Promise<string | null>;
  shred(clientId: string): Promise<void>;
}

/** Keyed hash of an E.164 phone number, the same in every service (platform's PhoneIndexer). */
export interface PhoneIndexing {
  of(e164Phone: string): PhoneIndex;
}
