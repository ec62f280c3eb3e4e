import { staffActorOf } from "@counselling/platform";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import {
  type AppointmentKeptAtBooking,
  appointmentKeptAfterRevocation,
  revokeConsent,
} from "../../domain/referral/revoke-consent";
import { authorizeConsentRevocation } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferralLettingGoOfHold } from "../shared/let-go-of-hold";
import type { HoldReleaseDependencies } from "../shared/release-hold-quietly";
import type { RevokeConsentInput } from "./revoke-consent.schema";

/**
 * The client revokes (part of) their consent, told to either side. The revoked data is
 * deleted in the same write that records the revocation and queues its event; a pending
 * hold, which carries the client's contact details to booking, is let go with them.
 *
 * An appointment already made for the referral is not cancelled (ADR 32): the release
 * concerned passing data on, not the client's wish to be counselled. When `contact` is
 * taken back, the reply names the appointment booking keeps (`appointmentKept`, with the
 * client's name and phone on it), so that the receiving service asks the client and
 * cancels it at booking (`appointments.cancelByStaff`) if they no longer want it.
 */
export class RevokeConsent {
  constructor(
    private readonly deps: HoldReleaseDependencies & { referrals: ReferralRepository; clock: Clock },
  ) {}

  async execute(
    input: RevokeConsentInput,
    caller: StaffCaller,
  ): Promise<{ status: ReferralStatus; appointmentKept: AppointmentKeptAtBooking | null }> {
    const { referral } = await changeReferralLettingGoOfHold(
      this.deps,
      input.referralId,
      (current, now) => {
        authorizeConsentRevocation(caller.staff, current);
        return revokeConsent(current, input.categories, { actor: staffActorOf(caller.staff), at: now });
      },
      caller,
    );
    return {
      status: referral.status,
      appointmentKept: appointmentKeptAfterRevocation(referral),
    };
  }
}
