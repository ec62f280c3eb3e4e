import type { PersonalDataProtection } from "@counselling/platform";
import { HmacRequestFingerprints } from "../adapters/outbound/privacy/hmac-request-fingerprints";
import type { BookingPersonalData } from "../application/ports/personal-data.port";

/**
 * Booking's sealing and phone index (the platform's, over the shared key database, ADR
 * 0011 § 4) and its request fingerprints, all from the one master key.
 */
export function bookingPersonalDataOf(
  protection: PersonalDataProtection,
  masterKey: Buffer,
): BookingPersonalData & PersonalDataProtection {
  return { ...protection, fingerprints: new HmacRequestFingerprints(masterKey) };
}
