import { AppError } from "@counselling/platform";
import type { Referral } from "../../domain/referral/referral";
import type { ReferralRepository } from "../ports/referral-repository.port";

/** The referral, or 404. */
export async function referralOrNotFound(
  referrals: ReferralRepository,
  referralId: string,
): Promise<Referral> {
  const referral = await referrals.findById(referralId);
  if (!referral) throw AppError.notFound("Referral", referralId);
  return referral;
}
