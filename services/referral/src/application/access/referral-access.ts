import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import type { Referral } from "../../domain/referral/referral";

/**
 * The referring side: the counsellor who wrote the referral, in their organisation.
 * Counsellors see their own referrals only (professional secrecy is personal).
 */
export function authorizeReferrer(staff: StaffPrincipal, referral: Referral): void {
  authorizeStaff(staff, ["counsellor"], { organisationId: referral.from.organisationId });
  if (referral.from.counsellorId !== staff.staffId) {
    throw new AppError("FORBIDDEN", "This is another counsellor's referral", { reason: "not_your_referral" });
  }
}

/** Roles that work a receiving service's referrals. */
export const receivingRoles = ["intake", "admin"] as const;

/**
 * The receiving side: intake (or an admin) of the organisation the referral went to,
 * within the location it names; once accepted, only of the organisation that accepted.
 * A draft does not exist for anyone but its author.
 *
 * Known gap: a region-wide referral is open to intake of any organisation until one
 * accepts, because this service does not know which organisations run a service of the
 * kind in the Land (the directory is booking's; see the README).
 */
export function authorizeReceiver(staff: StaffPrincipal, referral: Referral): void {
  if (referral.status === "draft") throw AppError.notFound("Referral", referral.referralId);
  if (referral.receiver) {
    authorizeStaff(staff, receivingRoles, {
      organisationId: referral.receiver.organisationId,
      ...(referral.receiver.locationId ? { locationId: referral.receiver.locationId } : {}),
    });
    return;
  }
  const to = referral.to;
  if (to.scope === "organisation") {
    authorizeStaff(staff, receivingRoles, {
      organisationId: to.organisationId,
      ...(to.locationId ? { locationId: to.locationId } : {}),
    });
    return;
  }
  authorizeStaff(staff, receivingRoles, { organisationId: staff.organisationId });
}

/** Either side may revoke the client's consent: the client may tell either of them. */
export function authorizeConsentRevocation(staff: StaffPrincipal, referral: Referral): void {
  if (staff.role === "counsellor") authorizeReferrer(staff, referral);
  else authorizeReceiver(staff, referral);
}
