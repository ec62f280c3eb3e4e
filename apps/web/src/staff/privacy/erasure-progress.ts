import type { ErasureStatus } from "../../api/service-types";
import { type PrivacyServiceName, privacyServices } from "./privacy-subject";

export type ServiceErasure =
  | { service: PrivacyServiceName; state: "confirmed"; at: string; recordsErased: number }
  | { service: PrivacyServiceName; state: "waiting" };

export interface ErasureProgress {
  services: ServiceErasure[];
  confirmed: number;
  /** Every service has confirmed (booking's word for it, not counted here). */
  complete: boolean;
}

/** Where an erasure stands in each service, always all three, in the page's order. */
export function erasureProgressOf(status: ErasureStatus): ErasureProgress {
  const services = privacyServices.map((service): ServiceErasure => {
    const confirmation = status.confirmations[service];
    return confirmation
      ? { service, state: "confirmed", at: confirmation.at, recordsErased: confirmation.recordsErased }
      : { service, state: "waiting" };
  });
  return {
    services,
    confirmed: services.filter((entry) => entry.state === "confirmed").length,
    complete: status.complete,
  };
}

/** How often the page asks booking while services have not all confirmed. */
export const ERASURE_POLL_MS = 2_000;

/** Poll until complete; then stop (the status can't change any more). */
export function erasurePollInterval(status: ErasureStatus | undefined): number | false {
  return status?.complete ? false : ERASURE_POLL_MS;
}
