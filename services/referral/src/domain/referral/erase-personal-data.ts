import type { Referral } from "./referral";

/** Why a referral's personal data go: a data protection officer's request, or the retention period. */
export interface ErasureCause {
  at: Date;
  /** The erasure request; null for the retention job. */
  requestId: string | null;
}

/**
 * Marks a referral's personal data as erased once its data key has been shredded (the
 * application shreds first, so a crash in between leaves the referral findable by its
 * phone index for the redelivered request). The phone index goes; the record, its status,
 * timeline and codes stay (statistics survive erasure, ADR 0011). Erasing an erased
 * referral changes nothing (the same object comes back, so nothing is written).
 */
export function erasePersonalData(referral: Referral, { at, requestId }: ErasureCause): Referral {
  if (referral.personalDataErasedAt !== null && referral.phoneIndex === null) return referral;
  return {
    ...referral,
    phoneIndex: null,
    personalDataErasedAt: referral.personalDataErasedAt ?? at.toISOString(),
    erasureRequestId: referral.erasureRequestId ?? requestId,
  };
}
