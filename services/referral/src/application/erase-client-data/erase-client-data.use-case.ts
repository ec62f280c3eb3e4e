import type { PrivacyErasureRequestedV1Event } from "@counselling/contracts";
import { erasePersonalData } from "../../domain/referral/erase-personal-data";
import { clientIdOf } from "../../domain/referral/personal-data";
import type { Clock } from "../ports/clock.port";
import type { ErasureReceiptsPort } from "../ports/erasure-receipts.port";
import type { PersonalDataAccessLogPort } from "../ports/personal-data-access-log.port";
import type { ClientDataVault } from "../ports/personal-data-vault.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";

export interface EraseClientDataDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  vault: ClientDataVault;
  receipts: ErasureReceiptsPort;
  accessLog: PersonalDataAccessLogPort;
}

/**
 * Honours a data protection officer's erasure request (ADR 0011, 5): every referral of
 * the person (by phone index or data key id) has its key shredded — the document and
 * every `referral.sent` still on Kafka become unreadable at once — then its phone index
 * removed and `personalDataErasedAt` set, each under the document's lock like any change
 * (ADR 9). Shredding comes first: a crash in between leaves the referral findable for the
 * redelivered request, which also finds those it erased already by its request id. Then
 * one receipt confirms it (`privacy.erasure_confirmed`, once per request). Records stay:
 * statistics are the same before and after.
 */
export class EraseClientData {
  constructor(private readonly deps: EraseClientDataDependencies) {}

  async execute(
    request: PrivacyErasureRequestedV1Event,
  ): Promise<{ recordsErased: number; clientIds: string[] }> {
    const { requestId, phoneIndex, clientIds, requestedBy } = request.data;
    const found = await this.deps.referrals.findForPerson({
      phoneIndex,
      clientIds,
      erasureRequestId: requestId,
    });
    const erasedClientIds = [...new Set(found.map(clientIdOf))];
    if (requestedBy.kind === "staff" && found.length > 0) {
      await this.deps.accessLog.record(
        // The data protection officer who asked: the erasure is theirs in the log.
        {
          staffId: requestedBy.staffId,
          role: requestedBy.role,
          organisationId: requestedBy.organisationId,
          locationIds: [],
        },
        {
          action: "erase",
          procedure: "privacy.requestErasure",
          purpose: "erase the client's personal data at their request",
          clientIds: erasedClientIds,
          recordIds: found.map((referral) => referral.referralId),
          fields: ["client_reference", "shared_data", "receiver_notes", "phone_index"],
        },
      );
    }
    for (const referral of found) {
      await this.deps.vault.shred(clientIdOf(referral));
      await changeReferral(this.deps, referral.referralId, (current, now) => ({
        referral: erasePersonalData(current, { at: now, requestId }),
        facts: [],
      }));
    }
    await this.deps.receipts.confirm(request, {
      service: "referral",
      clientIds: erasedClientIds,
      recordsErased: found.length,
    });
    return { recordsErased: found.length, clientIds: erasedClientIds };
  }
}
