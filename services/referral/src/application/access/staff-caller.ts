import type { StaffPrincipal } from "@counselling/platform";

/**
 * The signed-in staff member of a request: who they are, and their verified token, which
 * calls to booking pass on so that booking authorizes them itself (warm handover).
 */
export interface StaffCaller {
  staff: StaffPrincipal;
  bearerToken: string;
}
