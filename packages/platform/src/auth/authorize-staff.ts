import type { StaffRole } from "@counselling/contracts";
import { AppError } from "../errors/app-error";
import type { StaffPrincipal } from "./staff-principal";

/** The organisation and (optionally) location a request touches. */
export interface StaffScope {
  organisationId: string;
  locationId?: string;
}

/**
 * Role and scope check in one place: the principal must have one of the roles
 * and act within the organisation (and location, when its token is limited to
 * some). Admins act within their own organisation only, too.
 */
export function authorizeStaff(
  principal: StaffPrincipal,
  roles: readonly StaffRole[],
  scope: StaffScope,
): void {
  if (!roles.includes(principal.role)) {
    throw new AppError("FORBIDDEN", "Your role does not allow this", { reason: "role_not_allowed" });
  }
  const outsideOrganisation = principal.organisationId !== scope.organisationId;
  const outsideLocations =
    scope.locationId !== undefined &&
    principal.locationIds.length > 0 &&
    !principal.locationIds.includes(scope.locationId);
  if (outsideOrganisation || outsideLocations) {
    throw new AppError("FORBIDDEN", "This is outside your organisation or location", {
      reason: "out_of_scope",
    });
  }
}

/**
 * The data protection officer's procedures (audit, export, erasure): the `dpo` role only,
 * network-wide — a client's data span organisations (referrals), and so does the DPO's
 * remit. Nobody else, admins included, may use them.
 */
export function authorizeDataProtectionOfficer(principal: StaffPrincipal): void {
  if (principal.role !== "dpo") {
    throw new AppError("FORBIDDEN", "Only the data protection officer may do this", {
      reason: "role_not_allowed",
    });
  }
}
