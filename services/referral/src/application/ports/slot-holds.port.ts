import type { Channel } from "@counselling/contracts";
import type { HeldSlot, HoldClientData } from "../../domain/referral/warm-handover";

/**
 * Warm handover (DOMAIN.md): the referring counsellor tentatively holds a slot at the
 * receiving service while acceptance is pending; the hold lapses on its own. Booking owns
 * availability, so a hold is booking's atomic claim; this port calls it on behalf of the
 * staff member at work, whom booking authorizes itself.
 *
 * Refusals are AppErrors with stable reasons: `hold_expired` (GONE), `slot_taken`
 * (CONFLICT), `booking_unavailable` (UNAVAILABLE: network, timeout, booking failing);
 * other refusals keep booking's code and reason (e.g. FORBIDDEN `hold_needs_referral`,
 * UNPROCESSABLE `slot_in_past`).
 */
export interface PlaceHoldRequest {
  /** Makes a retried request the same hold (booking scopes it to the calling staff member). */
  idempotencyKey: string;
  referralId: string;
  serviceId: string;
  locationId: string;
  counsellorId: string;
  startsAt: string;
  channel: Channel;
  client: HoldClientData & { smsConsent: boolean };
  holdForMinutes: number;
}

/** The staff member on whose behalf booking is called: their verified bearer token, passed on. */
export interface OnBehalfOf {
  bearerToken: string;
}

export interface SlotHolds {
  place(request: PlaceHoldRequest, onBehalfOf: OnBehalfOf): Promise<HeldSlot>;
  /** Turns the hold into an appointment; one confirmed already counts as done. */
  confirm(appointmentId: string, onBehalfOf: OnBehalfOf): Promise<void>;
  /** Lets the hold go; one released or lapsed already counts as done. */
  release(appointmentId: string, onBehalfOf: OnBehalfOf): Promise<void>;
}
