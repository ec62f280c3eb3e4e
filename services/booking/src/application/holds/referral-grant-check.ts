import { AppError, type ReferralGrant, type StaffPrincipal } from "@counselling/platform";
import type { Location } from "../../domain/directory/location";
import type { Service } from "../../domain/directory/service";

/** Verifies a grant's signature and lifetime (platform's ReferralGrants). */
export interface ReferralGrantVerifier {
  verify(token: string): Promise<ReferralGrant>;
}

/** The hold a grant has to fit: for this referral, by this staff member, at this service and place. */
export interface GrantedHold {
  referralId: string;
  staff: StaffPrincipal;
  service: Service;
  /** Undefined for an unknown location: then nothing can fit (booking refuses it anyway). */
  location: Location | undefined;
}

/**
 * Staff of another organisation hold a slot only for a real referral: the referral
 * service vouches for it with a grant (ADR 33). The grant has to name this referral,
 * this staff member, the service's kind and a recipient the service belongs to (its
 * organisation, or for a region-wide referral the location's Land). A grant made for
 * something else is refused as `referral_grant_mismatch`, so that a grant cannot be
 * reused for another referral, person or service.
 */
export async function assertReferralGrantFits(
  grants: ReferralGrantVerifier,
  token: string | null,
  hold: GrantedHold,
): Promise<void> {
  if (token === null) {
    throw new AppError("FORBIDDEN", "Holds at another organisation need the referral service's grant", {
      reason: "referral_grant_missing",
    });
  }
  const grant = await grants.verify(token);
  const { service, location } = hold;
  const atRecipient =
    grant.to.organisationId === null
      ? location !== undefined && grant.to.federalState === location.federalState
      : grant.to.organisationId === service.organisationId;
  const fits =
    grant.referralId === hold.referralId &&
    grant.staffId === hold.staff.staffId &&
    grant.serviceKind === service.kind &&
    atRecipient;
  if (!fits) {
    throw new AppError("FORBIDDEN", "The referral grant is for another referral, person or service", {
      reason: "referral_grant_mismatch",
    });
  }
}
