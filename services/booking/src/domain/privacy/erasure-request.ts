import {
  ActorSchema,
  IdSchema,
  PhoneIndexSchema,
  PRIVACY_SERVICES,
  PrivacyServiceSchema,
} from "@counselling/contracts";
import { z } from "zod";

/** One service's word that it erased what it held of the person. */
export const ErasureConfirmationSchema = z.object({
  at: z.date(),
  clientIds: z.array(IdSchema),
  recordsErased: z.number().int().nonnegative(),
});

export type ErasureConfirmation = z.infer<typeof ErasureConfirmationSchema>;

/**
 * A data protection officer's request to erase a person everywhere, as booking keeps it:
 * the proof of what was asked (the phone only as its index) and which services have
 * confirmed. Booking collects the confirmations of all services (ADR 0011).
 */
export const ErasureRequestSchema = z.object({
  requestId: IdSchema,
  phoneIndex: PhoneIndexSchema.nullable(),
  clientIds: z.array(IdSchema),
  requestedBy: ActorSchema,
  requestedAt: z.date(),
  confirmations: z.partialRecord(PrivacyServiceSchema, ErasureConfirmationSchema),
});

export type ErasureRequest = z.infer<typeof ErasureRequestSchema>;

/** Complete once every service that holds client data has confirmed. */
export function erasureComplete(request: Pick<ErasureRequest, "confirmations">): boolean {
  return PRIVACY_SERVICES.every((service) => request.confirmations[service] !== undefined);
}
