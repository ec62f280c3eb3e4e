import { randomUUID } from "node:crypto";
import { categoriesPresentIn } from "@counselling/contracts";
import { authorizeStaff, type StaffPrincipal, staffActorOf } from "@counselling/platform";
import { draftReferral } from "../../domain/referral/draft-referral";
import { clientIdFor } from "../../domain/referral/personal-data";
import { acceptanceDeadlineFor } from "../../domain/referral/recipient-directory";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { PhoneIndexing } from "../ports/personal-data-vault.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import type { ServiceDirectory } from "../ports/service-directory.port";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";
import type { CreateDraftInput } from "./create-draft.schema";

export interface CreateDraftDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  /** Booking's directory: the recipient must offer the kind; its deadline is the service's own. */
  serviceDirectory: ServiceDirectory;
  /** The acceptance deadline in working days of a region-wide referral (no single service known). */
  defaultAcceptWithinWorkingDays: number;
  personalData: ReferralPersonalData;
  phoneIndex: PhoneIndexing;
  accessLog: PersonalDataAccessLogPort;
}

/**
 * A counsellor starts a referral for a client of theirs. Nothing leaves the service yet.
 * A recipient organisation (location, service) that does not offer the kind is refused
 * now (422 `service_kind_not_offered`), since a draft's recipient cannot be changed. The
 * deadline stored is provisional: sending decides it again from the directory.
 * The client reference, the legal deadline's description and the shared data are sealed
 * at once with the referral's own data key (`client-<referralId>`), beside the phone
 * index of the contact phone (ADR 0011); the change is recorded in the access log before
 * it is written.
 */
export class CreateDraft {
  constructor(private readonly deps: CreateDraftDependencies) {}

  async execute(input: CreateDraftInput, staff: StaffPrincipal): Promise<{ referralId: string }> {
    authorizeStaff(staff, ["counsellor"], { organisationId: staff.organisationId });
    const directory = input.to.scope === "organisation" ? await this.deps.serviceDirectory.services() : [];
    const deadline = acceptanceDeadlineFor(input.to, directory, this.deps.defaultAcceptWithinWorkingDays);
    const referralId = randomUUID();
    const clientId = clientIdFor(referralId);
    await recordAccess(this.deps.accessLog, staff, {
      action: "change",
      procedure: "counsellor.createDraft",
      purpose: "draft a referral of the counsellor's client to another service",
      clientIds: [clientId],
      recordIds: [referralId],
      fields: [
        "client_reference",
        ...(input.legalDeadline === null ? [] : ["legal_deadline"]),
        ...categoriesPresentIn(input.sharedData),
      ],
    });
    const phone = input.sharedData.contact?.phone ?? null;
    const referral = draftReferral(
      {
        referralId,
        clientReference: await this.deps.personalData.sealText(clientId, input.clientReference),
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
        legalDeadline: await this.deps.personalData.sealLegalDeadline(clientId, input.legalDeadline),
        sharedData: await this.deps.personalData.sealShared(clientId, input.sharedData),
        phoneIndex: phone === null ? null : this.deps.phoneIndex.of(phone),
        acceptWithinWorkingDays: deadline.workingDays,
      },
      { actor: staffActorOf(staff), at: this.deps.clock() },
    );
    await this.deps.referrals.insert(referral, []);
    return { referralId };
  }
}
