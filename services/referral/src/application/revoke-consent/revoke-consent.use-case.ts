import { staffActorOf } from "@counselling/platform";
import type { ConsentDataCategory } from "@counselling/contracts";
import { releasedCategoriesOf } from "../../domain/referral/consent-record";
import { clientIdOf } from "../../domain/referral/personal-data";
import type { Referral } from "../../domain/referral/referral";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import {
  type AppointmentKeptAtBooking,
  appointmentKeptAfterRevocation,
  categoriesKeptAfterRevoking,
  revokeConsent,
} from "../../domain/referral/revoke-consent";
import { authorizeConsentRevocation } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { referralOrNotFound } from "../shared/find-referral";
import { changeReferralLettingGoOfHold } from "../shared/let-go-of-hold";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";
import type { HoldReleaseDependencies } from "../shared/release-hold-quietly";
import type { RevokeConsentInput } from "./revoke-consent.schema";

export interface RevokeConsentDependencies extends HoldReleaseDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  personalData: ReferralPersonalData;
  accessLog: PersonalDataAccessLogPort;
}

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
 * The deletion is recorded in the access log before it is written; the shared data are
 * sealed again without the revoked categories.
 */
export class RevokeConsent {
  constructor(private readonly deps: RevokeConsentDependencies) {}

  async execute(
    input: RevokeConsentInput,
    caller: StaffCaller,
  ): Promise<{ status: ReferralStatus; appointmentKept: AppointmentKeptAtBooking | null }> {
    const current = await referralOrNotFound(this.deps.referrals, input.referralId);
    authorizeConsentRevocation(caller.staff, current);
    const kept = categoriesKeptAfterRevoking(current, input.categories); // refusals first
    await recordAccess(this.deps.accessLog, caller.staff, {
      action: "change",
      procedure: caller.staff.role === "counsellor" ? "counsellor.revokeConsent" : "intake.revokeConsent",
      purpose: "delete the data the client took their consent back for",
      clientIds: [clientIdOf(current)],
      recordIds: [current.referralId],
      fields: [
        ...current.sharedData.categories.filter((category) => !kept.includes(category)),
        "consent",
        ...(revokesAll(current, input.categories) ? ["receiver_notes"] : []),
      ],
    });
    const { referral } = await changeReferralLettingGoOfHold(
      this.deps,
      input.referralId,
      async (fresh, now) => {
        authorizeConsentRevocation(caller.staff, fresh);
        const remaining = await this.deps.personalData.narrowShared(
          fresh.sharedData,
          categoriesKeptAfterRevoking(fresh, input.categories),
        );
        return revokeConsent(
          fresh,
          input.categories,
          { actor: staffActorOf(caller.staff), at: now },
          remaining,
        );
      },
      caller,
    );
    return {
      status: referral.status,
      appointmentKept: appointmentKeptAfterRevocation(referral),
    };
  }
}

/** Whether nothing stays released: the receiving side's notes go too. */
function revokesAll(referral: Referral, categories: readonly ConsentDataCategory[] | "all"): boolean {
  return (
    categories === "all" ||
    releasedCategoriesOf(referral.consent).every((category) => categories.includes(category))
  );
}
