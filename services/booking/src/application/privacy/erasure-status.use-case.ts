import { IdSchema, type PrivacyService } from "@counselling/contracts";
import { AppError, authorizeDataProtectionOfficer, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import { erasureComplete } from "../../domain/privacy/erasure-request";
import type { ErasureRequests } from "../ports/erasure-requests.port";

export const ErasureStatusInputSchema = z.object({ requestId: IdSchema });

export interface ErasureStatus {
  requestId: string;
  requestedAt: string;
  confirmations: Partial<Record<PrivacyService, { at: string; clientIds: string[]; recordsErased: number }>>;
  /** Every service (booking, referral, notify) has confirmed. */
  complete: boolean;
}

/** Where an erasure request stands: which services have confirmed, and what they erased. */
export class GetErasureStatus {
  constructor(private readonly deps: { requests: ErasureRequests }) {}

  async execute(
    input: z.input<typeof ErasureStatusInputSchema>,
    staff: StaffPrincipal,
  ): Promise<ErasureStatus> {
    authorizeDataProtectionOfficer(staff);
    const { requestId } = ErasureStatusInputSchema.parse(input);
    const request = await this.deps.requests.findById(requestId);
    if (!request) throw AppError.notFound("Erasure request", requestId);
    const confirmations: ErasureStatus["confirmations"] = {};
    for (const [service, confirmation] of Object.entries(request.confirmations) as Array<
      [PrivacyService, (typeof request.confirmations)[PrivacyService]]
    >) {
      if (confirmation) confirmations[service] = { ...confirmation, at: confirmation.at.toISOString() };
    }
    return {
      requestId,
      requestedAt: request.requestedAt.toISOString(),
      confirmations,
      complete: erasureComplete(request),
    };
  }
}
