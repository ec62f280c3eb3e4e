import { ServiceKindSchema } from "@counselling/contracts";
import { erasePersonalData } from "../../domain/referral/erase-personal-data";
import { clientIdOf } from "../../domain/referral/personal-data";
import {
  finishedBeforeFor,
  isDueForAnonymisation,
  type RetentionPolicy,
} from "../../domain/referral/retention";
import type { Clock } from "../ports/clock.port";
import type { ClientDataVault } from "../ports/personal-data-vault.port";
import type { ReferralRepository } from "../ports/referral-repository.port";
import { changeReferral } from "../shared/change-referral";

const BATCH = 100;

export interface AnonymiseClosedDependencies {
  referrals: ReferralRepository;
  clock: Clock;
  vault: ClientDataVault;
  retention: RetentionPolicy;
}

/**
 * Retention (ADR 0011, 7): referrals finished (declined, closed, cancelled, expired)
 * longer ago than the retention of their receiving service's kind lose their personal
 * data: key shredded, phone index removed, `personalDataErasedAt` set (under the
 * document's lock, re-checked on fresh state). The record stays for statistics. Run by a
 * leased periodic job; one referral after another, a batch per kind and run.
 */
export class AnonymiseClosedReferrals {
  constructor(private readonly deps: AnonymiseClosedDependencies) {}

  async execute(): Promise<number> {
    const now = this.deps.clock();
    let anonymised = 0;
    for (const kind of ServiceKindSchema.options) {
      const finishedBefore = finishedBeforeFor(this.deps.retention, kind, now);
      const due = await this.deps.referrals.findDueForAnonymisation(kind, finishedBefore, BATCH);
      for (const candidate of due) {
        if (!isDueForAnonymisation(candidate, this.deps.retention, now)) continue;
        // A final referral stays final: shredding before the write can't hit one that came back to life.
        await this.deps.vault.shred(clientIdOf(candidate));
        const { referral } = await changeReferral(this.deps, candidate.referralId, (current, at) => ({
          referral: erasePersonalData(current, { at, requestId: null }),
          facts: [],
        }));
        if (referral.personalDataErasedAt !== null) anonymised++;
      }
    }
    return anonymised;
  }
}
