import { randomUUID } from "node:crypto";
import { authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { draftReferral } from "../../domain/referral/draft-referral";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { CreateDraftInput } from "./create-draft.schema";

export interface CreateDraftDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  /** The receiving service's acceptance deadline in working days (one value for all services for now). */
  acceptWithinWorkingDays: number;
}

/** A counsellor starts a referral for a client of theirs. Nothing leaves the service yet. */
export class CreateDraft {
  constructor(private readonly deps: CreateDraftDependencies) {}

  async execute(input: CreateDraftInput, staff: StaffPrincipal): Promise<{ referralId: string }> {
    authorizeStaff(staff, ["counsellor"], { organisationId: staff.organisationId });
    const referralId = randomUUID();
    const referral = draftReferral(
      {
        referralId,
        clientReference: input.clientReference,
        from: {
          organisationId: staff.organisationId,
          serviceId: input.fromService.serviceId,
          serviceKind: input.fromService.serviceKind,
          counsellorId: staff.staffId,
        },
        to: input.to,
        urgency: input.urgency,
        reasonCode: input.reasonCode,
        communication: input.communication,
        legalDeadline: input.legalDeadline,
        sharedData: input.sharedData,
        acceptWithinWorkingDays: this.deps.acceptWithinWorkingDays,
      },
      { actor: staffActorOf(staff), at: this.deps.clock() },
    );
    await this.deps.referrals.insert(referral, []);
    return { referralId };
  }
}
