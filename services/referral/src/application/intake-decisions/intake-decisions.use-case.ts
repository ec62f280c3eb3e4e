import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { addReceiverNote, closeReferral, declineReferral } from "../../domain/referral/intake-decisions";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { authorizeReceiver } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral, type Decide } from "../shared/change-referral";
import { changeReferralLettingGoOfHold } from "../shared/let-go-of-hold";
import type { HoldReleaseDependencies } from "../shared/release-hold-quietly";
import type {
  AddReceiverNoteInput,
  CloseReferralInput,
  DeclineReferralInput,
} from "./intake-decisions.schema";

/**
 * What intake decides on an opened referral besides accepting (its own use case, as it
 * settles a warm-handover hold): decline, close, note. Each is one authorized,
 * attributed transition written with its event.
 */
export class IntakeDecisions {
  constructor(
    private readonly deps: HoldReleaseDependencies & { referrals: ReferralRepository; clock: Clock },
  ) {}

  /** A pending hold goes with the referral: booking frees the time. */
  async decline(input: DeclineReferralInput, caller: StaffCaller): Promise<{ status: ReferralStatus }> {
    const { referral } = await changeReferralLettingGoOfHold(
      this.deps,
      input.referralId,
      (current, now) => {
        authorizeReceiver(caller.staff, current);
        return declineReferral(
          current,
          { reason: input.reason, reasonNote: input.reasonNote, suggestedService: input.suggestedService },
          { actor: staffActorOf(caller.staff), at: now },
        );
      },
      caller,
    );
    return { status: referral.status };
  }

  async close(input: CloseReferralInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    return this.decide(input.referralId, staff, (current, now) =>
      closeReferral(current, input.outcome, { actor: staffActorOf(staff), at: now }),
    );
  }

  async addNote(input: AddReceiverNoteInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    return this.decide(input.referralId, staff, (current, now) => ({
      referral: addReceiverNote(current, input.text, { actor: staffActorOf(staff), at: now }),
      facts: [],
    }));
  }

  private async decide(
    referralId: string,
    staff: StaffPrincipal,
    apply: Decide,
  ): Promise<{ status: ReferralStatus }> {
    const { referral } = await changeReferral(this.deps, referralId, (current, now) => {
      authorizeReceiver(staff, current);
      return apply(current, now);
    });
    return { status: referral.status };
  }
}
