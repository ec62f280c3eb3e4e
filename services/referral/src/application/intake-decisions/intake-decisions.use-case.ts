import { type StaffPrincipal, staffActorOf } from "@counselling/platform";
import {
  acceptReferral,
  addReceiverNote,
  closeReferral,
  declineReferral,
} from "../../domain/referral/intake-decisions";
import type { Attribution } from "../../domain/referral/apply-transition";
import type { Referral } from "../../domain/referral/referral";
import type { ReferralChange } from "../../domain/referral/referral-facts";
import type { ReferralStatus } from "../../domain/referral/referral-status";
import { authorizeReceiver } from "../access/referral-access";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";
import type {
  AcceptReferralInput,
  AddReceiverNoteInput,
  CloseReferralInput,
  DeclineReferralInput,
} from "./intake-decisions.schema";

/**
 * What intake decides on an opened referral: accept, decline, close, note. Each is one
 * authorized, attributed transition written with its event. Kept in one file because
 * they share everything but the domain call.
 */
export class IntakeDecisions {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async accept(input: AcceptReferralInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    return this.decide(input.referralId, staff, (current, attribution) => {
      const namedLocation = current.to.scope === "organisation" ? current.to.locationId : null;
      return acceptReferral(
        current,
        {
          organisationId: staff.organisationId,
          serviceId: input.serviceId,
          locationId: input.locationId ?? namedLocation,
          counsellorId: input.counsellorId,
        },
        attribution,
      );
    });
  }

  async decline(input: DeclineReferralInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    return this.decide(input.referralId, staff, (current, attribution) =>
      declineReferral(
        current,
        { reason: input.reason, reasonNote: input.reasonNote, suggestedService: input.suggestedService },
        attribution,
      ),
    );
  }

  async close(input: CloseReferralInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    return this.decide(input.referralId, staff, (current, attribution) =>
      closeReferral(current, input.outcome, attribution),
    );
  }

  async addNote(input: AddReceiverNoteInput, staff: StaffPrincipal): Promise<{ status: ReferralStatus }> {
    return this.decide(input.referralId, staff, (current, attribution) => ({
      referral: addReceiverNote(current, input.text, attribution),
      facts: [],
    }));
  }

  private async decide(
    referralId: string,
    staff: StaffPrincipal,
    apply: (current: Referral, attribution: Attribution) => ReferralChange,
  ): Promise<{ status: ReferralStatus }> {
    const { referral } = await changeReferral(this.deps, referralId, (current, now) => {
      authorizeReceiver(staff, current);
      return apply(current, { actor: staffActorOf(staff), at: now });
    });
    return { status: referral.status };
  }
}
