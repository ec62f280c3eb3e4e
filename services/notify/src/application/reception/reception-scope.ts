import { AppError, authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { type AppointmentStateStore } from "../ports/appointment-state.port";

export interface LocationScope {
  organisationId: string;
  locationId: string;
  limit: number;
}

/**
 * Reception and admins of the location's organisation only. The location must belong to
 * the caller's organisation: the stores filter by location only, and the organisation in
 * the input is the caller's word, not a fact. True when notify holds data for the location.
 */
export async function authorizeReceptionAt(
  appointments: Pick<AppointmentStateStore, "organisationOfLocation">,
  staff: StaffPrincipal,
  scope: LocationScope,
): Promise<boolean> {
  authorizeStaff(staff, ["reception", "admin"], scope);
  const owner = await appointments.organisationOfLocation(scope.locationId);
  if (owner !== null && owner !== staff.organisationId) {
    throw new AppError("FORBIDDEN", "This is outside your organisation or location", {
      reason: "out_of_scope",
    });
  }
  return owner !== null;
}
