import { ChannelSchema, IdSchema, InstantSchema, LanguageSchema } from "@counselling/contracts";
import { z } from "zod";

/** What a client (or staff on the phone) asks: free times of a service, optionally narrowed. */
export const FindFreeSlotsInputSchema = z.object({
  serviceId: IdSchema,
  locationId: IdSchema.optional(),
  /** The client's language: a counsellor who speaks it, or one with an interpreter for it. */
  language: LanguageSchema.optional(),
  channel: ChannelSchema.default("in_person"),
  from: InstantSchema.optional(),
  days: z.number().int().min(1).max(31).default(14),
  limit: z.number().int().min(1).max(500).default(100),
});

export type FindFreeSlotsInput = z.input<typeof FindFreeSlotsInputSchema>;

export const FreeSlotOfferSchema = z.object({
  start: InstantSchema,
  end: InstantSchema,
  locationId: IdSchema,
  counsellorId: IdSchema,
  counsellorName: z.string(),
  interpreterNeeded: z.boolean(),
  /** Group services: seats still free in the session at this time; null for one-to-one services. */
  seatsLeft: z.number().int().nonnegative().nullable(),
});

export type FreeSlotOffer = z.infer<typeof FreeSlotOfferSchema>;
