import { AppError, staffActorOf } from "@counselling/platform";
import type { SlotHold } from "../../domain/referral/slot-hold";
import { clientIdOf } from "../../domain/referral/personal-data";
import {
  assertHoldAtRecipient,
  assertHoldPossible,
  holdClientOf,
  holdMinutesWithin,
  recordHold,
} from "../../domain/referral/warm-handover";
import { assertSlotServiceAtRecipient } from "../../domain/referral/recipient-directory";
import { authorizeReferrer } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { ServiceDirectory } from "../ports/service-directory.port";
import { changeReferral } from "../shared/change-referral";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";
import { type HoldReleaseDependencies, releaseHoldQuietly } from "../shared/release-hold-quietly";
import type { RequestHoldInput } from "./request-hold.schema";

export interface RequestHoldDependencies extends HoldReleaseDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  /** Booking's directory: the chosen service must be where the referral goes before the client's data goes to booking. */
  serviceDirectory: ServiceDirectory;
  personalData: ReferralPersonalData;
  accessLog: PersonalDataAccessLogPort;
}

/**
 * Warm handover: the referring counsellor holds a slot at the receiving service while
 * intake decides. The chosen service and location are checked against booking's
 * directory first (422 `hold_not_at_recipient`: the client's name and phone must not
 * reach a service the referral does not go to). Booking places the hold (on the counsellor's behalf; it claims the
 * time atomically); the referral then remembers it. A hold that cannot be remembered
 * (not at the recipient, the referral moved on meanwhile) is let go again at once, and a
 * pending hold it replaces is let go after the write. The client's released contact
 * details are opened for booking only, and that use is recorded in the access log first.
 */
export class RequestHold {
  constructor(private readonly deps: RequestHoldDependencies) {}

  async execute(input: RequestHoldInput, caller: StaffCaller): Promise<{ hold: SlotHold }> {
    const current = await this.deps.referrals.findById(input.referralId);
    if (!current) throw AppError.notFound("Referral", input.referralId);
    authorizeReferrer(caller.staff, current);
    const now = this.deps.clock();
    assertHoldPossible(current, now);
    await recordAccess(this.deps.accessLog, caller.staff, {
      action: "read",
      procedure: "counsellor.requestHold",
      purpose: "give the receiving service's booking the client's name and phone for a held slot",
      clientIds: [clientIdOf(current)],
      recordIds: [current.referralId],
      fields: ["contact"],
    });
    const client = holdClientOf(current, now, await this.deps.personalData.openShared(current.sharedData));
    if (input.smsConsent && client.phone === null) {
      throw new AppError("VALIDATION_FAILED", "SMS needs a released phone number", {
        reason: "sms_without_phone",
      });
    }
    assertSlotServiceAtRecipient(current.to, await this.deps.serviceDirectory.services(), input);
    const held = await this.deps.slotHolds.place(
      {
        idempotencyKey: `referral:${input.referralId}:${input.idempotencyKey}`,
        referralId: input.referralId,
        serviceId: input.serviceId,
        locationId: input.locationId,
        counsellorId: input.counsellorId,
        startsAt: input.startsAt,
        channel: input.channel,
        client: { ...client, smsConsent: input.smsConsent },
        holdForMinutes: holdMinutesWithin(current, input.holdForMinutes, now),
      },
      caller,
    );
    let replaced: SlotHold | null = null;
    try {
      assertHoldAtRecipient(current, held);
      const { referral } = await changeReferral(this.deps, input.referralId, (fresh, at) => {
        authorizeReferrer(caller.staff, fresh);
        const recorded = recordHold(fresh, held, { actor: staffActorOf(caller.staff), at });
        replaced = recorded.replaced;
        return { referral: recorded.referral, facts: [] };
      });
      await releaseHoldQuietly(this.deps, (replaced as SlotHold | null)?.appointmentId, caller);
      return { hold: referral.hold as SlotHold };
    } catch (error) {
      await releaseHoldQuietly(this.deps, held.appointmentId, caller);
      throw error;
    }
  }
}
