import { authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import { type ExportedReferral, exportedReferralOf } from "../../domain/referral/exported-referral";
import { clientIdOf } from "../../domain/referral/personal-data";
import type { Clock } from "../ports/clock.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { PhoneIndexing } from "../ports/personal-data-vault.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { recordAccess } from "../shared/record-access";
import type { ReferralPersonalData } from "../shared/referral-personal-data";
import type { ExportOwnDataInput } from "./export-own-data.schema";

export interface ExportOwnDataDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  personalData: ReferralPersonalData;
  phoneIndex: PhoneIndexing;
  accessLog: PersonalDataAccessLogPort;
}

export interface ReferralDataExport {
  service: "referral";
  exportedAt: string;
  referrals: ExportedReferral[];
}

/**
 * The referral service's part of "what do you hold about me?" (ADR 0011, 8): every
 * referral found by the person's phone index or one of their data key ids, its personal
 * data opened, and nothing of anyone else. Only the data protection officer; the export
 * is recorded in the access log before it is returned. Booking's `privacy.export` asks
 * this over HTTP with the officer's token.
 */
export class ExportOwnData {
  constructor(private readonly deps: ExportOwnDataDependencies) {}

  async execute(input: ExportOwnDataInput, staff: StaffPrincipal): Promise<ReferralDataExport> {
    authorizeDataProtectionOfficer(staff);
    const referrals = await this.deps.referrals.findForPerson({
      phoneIndex: input.phone === undefined ? null : this.deps.phoneIndex.of(input.phone),
      clientIds: input.clientIds ?? [],
    });
    await recordAccess(this.deps.accessLog, staff, {
      action: "export",
      procedure: "privacy.exportOwn",
      purpose: "answer the client's request for access to their data",
      clientIds: referrals.map(clientIdOf),
      recordIds: referrals.map((referral) => referral.referralId),
      fields: ["client_reference", "legal_deadline", "shared_data", "consent", "receiver_notes", "timeline"],
    });
    const exported: ExportedReferral[] = [];
    for (const referral of referrals) {
      const clientId = clientIdOf(referral);
      exported.push(
        exportedReferralOf(referral, {
          sharedData: await this.deps.personalData.openShared(referral.sharedData),
          clientReference: await this.deps.personalData.openText(clientId, referral.clientReference),
          notes: await this.deps.personalData.openNotes(referral),
          legalDeadlineDescription: await this.deps.personalData.openLegalDeadlineDescription(referral),
        }),
      );
    }
    return { service: "referral", exportedAt: this.deps.clock().toISOString(), referrals: exported };
  }
}
