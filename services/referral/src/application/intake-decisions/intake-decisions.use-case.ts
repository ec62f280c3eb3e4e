import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { addReceiverNote, closeReferral, declineReferral } from "../../domain/referral/intake-decisions";
import { assertPersonalDataKept, clientIdOf } from "../../domain/referral/personal-data";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { authorizeReceiver } from "../access/referral-access";
import type { StaffCaller } from "../access/staff-caller";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral, type Decide } from "../shared/change-referral";
import { referralOrNotFound } from "../shared/find-referral";
import { changeReferralLettingGoOfHold } from "../shared/let-go-of-hold";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";
import type { HoldReleaseDependencies } from "../shared/release-hold-quietly";

export interface IntakeDecisionsDependencies extends HoldReleaseDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  personalData: ReferralPersonalData;
  accessLog: PersonalDataAccessLogPort;
}
import type {
  AddReceiverNoteInput,
  CloseReferralInput,
  DeclineReferralInput,
} from "./intake-decisions.schema";

/**
 * What intake decides on an opened referral besides accepting (its own use case, as it
 * settles a warm-handover hold): decline, close, note. Each is one authorized,
 * attributed transition written with its event. Decline and cancel reasons are codes
 * with an optional note about the decision, not about the client: they stay plain.
 */
export class IntakeDecisions {
  constructor(private readonly deps: IntakeDecisionsDependencies) {}

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

  /**
   * A note is case content about the client: sealed with the referral's key before it is
   * stored, the change recorded first. None once the personal data are erased (410).
   */
  async addNote(input: AddReceiverNoteInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    const current = await referralOrNotFound(this.deps.referrals, input.referralId);
    authorizeReceiver(staff, current);
    assertPersonalDataKept(current);
    const clientId = clientIdOf(current);
    await recordAccess(this.deps.accessLog, staff, {
      action: "change",
      procedure: "intake.addNote",
      purpose: "note the receiving service's work with the client",
      clientIds: [clientId],
      recordIds: [current.referralId],
      fields: ["receiver_notes"],
    });
    const sealedText = await this.deps.personalData.sealText(clientId, input.text);
    return this.decide(input.referralId, staff, (fresh, now) => ({
      referral: addReceiverNote(fresh, sealedText, { actor: staffActorOf(staff), at: now }),
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
