import { randomUUID } from "node:crypto";
import { authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { draftReferral } from "../../domain/referral/draft-referral";
import { acceptanceDeadlineFor } from "../../domain/referral/recipient-directory";

import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { ServiceDirectory } from "../ports/service-directory.port";
import type { CreateDraftInput } from "./create-draft.schema";

export interface CreateDraftDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  /** Booking's directory: the recipient must offer the kind; its deadline is the service's own. */
  serviceDirectory: ServiceDirectory;
  /** The acceptance deadline in working days of a region-wide referral (no single service known). */
  defaultAcceptWithinWorkingDays: number;
}

/**
 * A counsellor starts a referral for a client of theirs. Nothing leaves the service yet.
 * A recipient organisation (location, service) that does not offer the kind is refused
 * now (422 `service_kind_not_offered`), since a draft's recipient cannot be changed. The
 * deadline stored is provisional: sending decides it again from the directory.
 */
export class CreateDraft {
  constructor(private readonly deps: CreateDraftDependencies) {}

  async execute(input: CreateDraftInput, staff: StaffPrincipal): Promise<{ referralId: string }> {
    authorizeStaff(staff, ["counsellor"], { organisationId: staff.organisationId });
    const directory = input.to.scope === "organisation" ? await this.deps.serviceDirectory.services() : [];
    const deadline = acceptanceDeadlineFor(input.to, directory, this.deps.defaultAcceptWithinWorkingDays);
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
        acceptWithinWorkingDays: deadline.workingDays,
      },
      { actor: staffActorOf(staff), at: this.deps.clock() },
    );
    await this.deps.referrals.insert(referral, []);
    return { referralId };
  }
}
