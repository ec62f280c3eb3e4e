import { AppError, isAppError, staffActorOf } from "@counselling/platform";
import { assertConsentUsable } from "../../domain/referral/consent-record";
import { acceptReferral } from "../../domain/referral/intake-decisions";
import type { Referral } from "../../domain/referral/referral";
import { assertTransition, type ReferralStatus } from "../../domain/referral/referral-status";
import type { SlotHold, SlotHoldStatus } from "../../domain/referral/slot-hold";
import { liveHoldOf, settleHold } from "../../domain/referral/warm-handover";
import { authorizeReceiver } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import { type HoldReleaseDependencies, releaseHoldQuietly } from "../shared/release-hold-quietly";
import type { AcceptReferralInput } from "./accept-referral.schema";

export interface AcceptReferralDependencies extends HoldReleaseDependencies {
  referrals: ReferralRepository;
  clock: Clock;
}

/**
 * Intake takes the client on. With a pending warm-handover hold, acceptance also settles
 * it: booking confirms it first (on intake's behalf), so that an acceptance is never
 * recorded for a hold that then silently lapses; intake may let it go instead (released
 * after the acceptance is written); a hold that ran out meanwhile does not
 * stop the acceptance (the reply says `lapsed`, intake books another time). Booking's
 * `appointment.booked` then makes the referral scheduled through the appointment
 * consumer, in whichever order it arrives. The acceptance is checked before booking is
 * called and decided again on fresh state when written.
 */
export class AcceptReferral {
  constructor(private readonly deps: AcceptReferralDependencies) {}

  async execute(
    input: AcceptReferralInput,
    caller: StaffCaller,
  ): Promise<{ status: ReferralStatus; hold: SlotHoldStatus | null }> {
    const current = await this.deps.referrals.findById(input.referralId);
    if (!current) throw AppError.notFound("Referral", input.referralId);
    authorizeReceiver(caller.staff, current);
    const now = this.deps.clock();
    assertTransition(current.status, "accepted");
    assertConsentUsable(current.consent, now);

    const hold = current.hold?.status === "pending" ? current.hold : null;
    const settled: SlotHoldStatus | null = !hold
      ? null
      : liveHoldOf(current, now) === null
        ? "lapsed"
        : input.hold === "release"
          ? "released"
          : await this.confirm(hold, caller);
    const { referral } = await changeReferral(this.deps, input.referralId, (fresh, at) => {
      authorizeReceiver(caller.staff, fresh);
      const change = acceptReferral(fresh, receiverFor(fresh, input, caller, hold), {
        actor: staffActorOf(caller.staff),
        at,
      });
      return hold && settled
        ? { ...change, referral: settleHold(change.referral, hold.appointmentId, settled) }
        : change;
    });
    if (settled === "released") await releaseHoldQuietly(this.deps, hold?.appointmentId, caller);
    return { status: referral.status, hold: settled };
  }

  /** Booking turns the hold into an appointment; one that ran out there is `lapsed`. */
  private async confirm(hold: SlotHold, caller: StaffCaller): Promise<SlotHoldStatus> {
    try {
      await this.deps.slotHolds.confirm(hold.appointmentId, caller);
      return "confirmed";
    } catch (error) {
      if (isAppError(error) && error.reason === "hold_expired") return "lapsed";
      throw error;
    }
  }
}

function receiverFor(
  referral: Referral,
  input: AcceptReferralInput,
  caller: StaffCaller,
  hold: SlotHold | null,
): NonNullable<Referral["receiver"]> {
  const namedLocation = referral.to.scope === "organisation" ? referral.to.locationId : null;
  return {
    organisationId: caller.staff.organisationId,
    serviceId: input.serviceId,
    locationId: input.locationId ?? hold?.locationId ?? namedLocation,
    counsellorId: input.counsellorId ?? hold?.counsellorId ?? null,
  };
}
