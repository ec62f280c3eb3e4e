import type { Logger } from "@counselling/platform";
import type { OnBehalfOf, SlotHolds } from "../ports/slot-holds.port";

export interface HoldReleaseDependencies {
  slotHolds: SlotHolds;
  logger: Logger;
}

/**
 * Lets a hold go at booking after the referral's decision is written. Best effort: the
 * decision stands whatever booking says, and a hold that could not be released lapses by
 * itself (never later than the referral's acceptance deadline).
 */
export async function releaseHoldQuietly(
  deps: HoldReleaseDependencies,
  appointmentId: string | undefined,
  onBehalfOf: OnBehalfOf,
): Promise<void> {
  if (appointmentId === undefined) return;
  await deps.slotHolds.release(appointmentId, onBehalfOf).catch((error: unknown) => {
    deps.logger.warn({ err: error, appointmentId }, "hold not released; it lapses by itself");
  });
}
