import type { ReferralRecipient, ServiceKind } from "@counselling/contracts";
import { holdNotAtRecipient, serviceKindNotOffered } from "./referral-errors";

/** What referral knows of a bookable service from booking's directory. */
export interface DirectoryService {
  serviceId: string;
  kind: ServiceKind;
  organisationId: string;
  /** Where the service is offered. */
  locationIds: string[];
  /** Working days the service takes at most to accept or decline a referral. */
  acceptWithinWorkingDays: number;
}

/**
 * Where the acceptance deadline came from: the named service's own, the longest of the
 * organisation's services of the kind (at the named location), or the configured
 * default for a region-wide referral (no single service is known yet).
 */
export type AcceptanceDeadlineSource = "service" | "organisation" | "default";

export interface AcceptanceDeadline {
  workingDays: number;
  source: AcceptanceDeadlineSource;
}

/**
 * The services of the directory that can take a referral to an organisation: of its
 * kind, of that organisation, at the named location and the named service if any.
 */
function servicesOfRecipient(
  to: Extract<ReferralRecipient, { scope: "organisation" }>,
  directory: readonly DirectoryService[],
): DirectoryService[] {
  return directory.filter(
    (service) =>
      service.kind === to.serviceKind &&
      service.organisationId === to.organisationId &&
      (to.serviceId === null || service.serviceId === to.serviceId) &&
      (to.locationId === null || service.locationIds.includes(to.locationId)),
  );
}

/**
 * Refuses a recipient organisation (or location, or service) that does not offer the
 * referral's kind of service: personal data must not travel to a service the client did
 * not consent to, and nobody there would accept it. A region-wide referral is not checked
 * (the directory names no Land; see the README's gaps).
 */
export function assertRecipientOffersKind(
  to: ReferralRecipient,
  directory: readonly DirectoryService[],
): void {
  if (to.scope === "organisation" && servicesOfRecipient(to, directory).length === 0) {
    throw serviceKindNotOffered(to);
  }
}

/**
 * The deadline the receiving service has to accept: the named service's own; for an
 * organisation (or location) without a named service, the longest of its services of
 * the kind, since any of them may take the referral and none should be cut short of what
 * it promises; for "any service of the kind in the region", the configured default.
 */
export function acceptanceDeadlineFor(
  to: ReferralRecipient,
  directory: readonly DirectoryService[],
  defaultWorkingDays: number,
): AcceptanceDeadline {
  if (to.scope === "region") return { workingDays: defaultWorkingDays, source: "default" };
  const candidates = servicesOfRecipient(to, directory);
  if (candidates.length === 0) throw serviceKindNotOffered(to);
  return {
    workingDays: Math.max(...candidates.map((service) => service.acceptWithinWorkingDays)),
    source: to.serviceId === null ? "organisation" : "service",
  };
}

/**
 * Before a hold is placed (with the client's name and phone): the chosen service and
 * location exist and are where the referral goes. For a region-wide referral only the
 * kind is checked here; the Land is checked on booking's answer (`assertHoldAtRecipient`).
 */
export function assertSlotServiceAtRecipient(
  to: ReferralRecipient,
  directory: readonly DirectoryService[],
  chosen: { serviceId: string; locationId: string },
): void {
  const service = directory.find((candidate) => candidate.serviceId === chosen.serviceId);
  const fits =
    service !== undefined &&
    service.locationIds.includes(chosen.locationId) &&
    (to.scope === "region"
      ? service.kind === to.serviceKind
      : servicesOfRecipient(to, [service]).length === 1 &&
        (to.locationId === null || to.locationId === chosen.locationId));
  if (!fits) throw holdNotAtRecipient();
}
