import { type PrivacyErasureRequestedV1Event } from "@counselling/contracts";
import { distinct } from "../../domain/privacy/distinct";
import { eraseKeys, type KeyErasureDependencies } from "./erase-keys";

/** Confirms an erasure request once (`privacy.erasure_confirmed` through an outbox). */
export interface ErasureConfirmations {
  confirm(
    request: PrivacyErasureRequestedV1Event,
    receipt: { service: "notify"; clientIds: string[]; recordsErased: number },
  ): Promise<void>;
}

/**
 * A data protection officer's erasure request (ADR 0011 § 5): notify finds its records of
 * the person by phone index and by the named keys, shreds every key found, marks the
 * records erased and confirms. A redelivered request repeats the same steps and confirms
 * no second time.
 */
export class ErasePersonalData {
  constructor(
    private readonly deps: KeyErasureDependencies & {
      confirmations: ErasureConfirmations;
      clock: () => Date;
    },
  ) {}

  async execute(request: PrivacyErasureRequestedV1Event): Promise<void> {
    const { phoneIndex, clientIds } = request.data;
    const byPhone = phoneIndex ? await this.deps.records.clientIdsWithPhoneIndex(phoneIndex) : [];
    const keys = distinct([...clientIds, ...byPhone]);
    const recordsErased = await eraseKeys(this.deps, keys, this.deps.clock());
    await this.deps.confirmations.confirm(request, { service: "notify", clientIds: keys, recordsErased });
  }
}
