import type { FederalState, ServiceKind } from "@counselling/contracts";
import type { Referral } from "../referral/referral";
import type { ReferralStatus } from "../referral/referral-status";

/** Whose inbox: a receiving service kind at an organisation, optionally one location, in a Land. */
export interface InboxScope {
  organisationId: string;
  serviceKind: ServiceKind;
  locationId: string | null;
  federalState: FederalState;
}

/** Awaiting a decision, or accepted and still open: what intake works on. */
export const inboxStatuses: readonly ReferralStatus[] = [
  "sent",
  "received",
  "accepted",
  "scheduled",
  "attended",
  "not_attended",
];

/**
 * Whether a referral belongs in this inbox: sent to this organisation (and, if it names a
 * location, to this one) or to any service of the kind in this Land; once accepted, only
 * in the inbox of the organisation that accepted it.
 */
export function isInInbox(referral: Referral, scope: InboxScope): boolean {
  if (!inboxStatuses.includes(referral.status) || referral.to.serviceKind !== scope.serviceKind) return false;
  if (referral.receiver) {
    return (
      referral.receiver.organisationId === scope.organisationId &&
      (scope.locationId === null ||
        referral.receiver.locationId === null ||
        referral.receiver.locationId === scope.locationId)
    );
  }
  const to = referral.to;
  if (to.scope === "region") return to.federalState === scope.federalState;
  return (
    to.organisationId === scope.organisationId &&
    (scope.locationId === null || to.locationId === null || to.locationId === scope.locationId)
  );
}
