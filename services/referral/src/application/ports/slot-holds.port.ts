/**
 * Warm handover (DOMAIN.md): the referring counsellor may tentatively hold a slot at the
 * receiving service while acceptance is pending; the hold lapses on its own.
 *
 * TODO(issue 4, warm handover): the booking side of holds is being built separately.
 * Once booking exposes its hold procedures, implement this port in
 * adapters/outbound/booking/http-slot-holds.ts, add a `referral.slot_hold_requested`
 * transition (or keep the hold id on the referral) and release the hold on decline,
 * cancel and expiry. Nothing calls this port yet, and no test fakes it.
 */
export interface SlotHoldRequest {
  referralId: string;
  serviceId: string;
  locationId: string;
  startsAt: string;
  /** When the hold lapses by itself if nobody accepts. */
  holdUntil: string;
}

export interface SlotHold {
  holdId: string;
  expiresAt: string;
}

export interface SlotHolds {
  requestHold(request: SlotHoldRequest): Promise<SlotHold>;
  releaseHold(holdId: string): Promise<void>;
}
