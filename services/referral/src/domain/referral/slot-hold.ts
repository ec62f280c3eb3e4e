import { ActorSchema, IdSchema, InstantSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * The warm handover's tentative hold at the receiving service, as the referral remembers
 * it. Booking owns the hold (it claims the time); the referral keeps what its two sides
 * need to see and what to confirm or let go:
 * - pending: held at booking until `expiresAt`, unless intake confirms it or someone lets it go;
 * - confirmed: intake accepted and booking turned it into an appointment;
 * - released: the referral let it go (declined, cancelled, contact revoked, another hold);
 * - lapsed: intake accepted after it had run out.
 */
export const SlotHoldStatusSchema = z.enum(["pending", "confirmed", "released", "lapsed"]);

export type SlotHoldStatus = z.infer<typeof SlotHoldStatusSchema>;

export const SlotHoldSchema = z.object({
  appointmentId: IdSchema,
  serviceId: IdSchema,
  locationId: IdSchema,
  counsellorId: IdSchema,
  startsAt: InstantSchema,
  expiresAt: InstantSchema,
  status: SlotHoldStatusSchema,
  requestedBy: ActorSchema,
  requestedAt: InstantSchema,
});

export type SlotHold = z.infer<typeof SlotHoldSchema>;
