import type { DirectoryService } from "../../domain/referral/recipient-directory";

export type { DirectoryService };

/**
 * Booking's directory of services (booking owns it: its public `directory.services`).
 * Read to decide a referral's acceptance deadline and to refuse a recipient that does
 * not offer the referral's kind of service. Failures are AppErrors: UNAVAILABLE
 * `booking_unavailable` (network, timeout, booking failing, a reply referral cannot read).
 */
export interface ServiceDirectory {
  /** Every bookable service (may be up to a minute old: cached). */
  services(): Promise<DirectoryService[]>;
}
