import { authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { inboxStatuses, isInInbox } from "../../domain/inbox/inbox-scope";
import { type InboxItem, rankInbox } from "../../domain/inbox/rank-inbox";
import { receivingRoles } from "../access/referral-access";
import type { Clock } from "../ports/clock.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { ServiceInboxInput } from "./service-inbox.schema";

/**
 * A receiving service's inbox, ranked by legal deadline, urgency and age. The lines carry
 * no personal data (opening a referral does, and is audited).
 */
export class ServiceInbox {
  constructor(private readonly deps: { referrals: ReferralRepository; clock: Clock }) {}

  async execute(input: ServiceInboxInput, staff: StaffPrincipal): Promise<InboxItem[]> {
    authorizeStaff(staff, receivingRoles, {
      organisationId: input.organisationId,
      ...(input.locationId ? { locationId: input.locationId } : {}),
    });
    const candidates = await this.deps.referrals.findForInbox(input.serviceKind, inboxStatuses);
    return rankInbox(
      candidates.filter((referral) => isInInbox(referral, input)),
      this.deps.clock(),
    );
  }
}
