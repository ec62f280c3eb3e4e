import { InstantSchema } from "@counselling/contracts";
import { z } from "zod";

/**
 * A bookable appointment time, without its buffers, as UTC instants. Slots returned
 * together are alternatives: with a step shorter than the duration they overlap.
 */
export const FreeSlotSchema = z.object({ start: InstantSchema, end: InstantSchema });

export type FreeSlot = z.infer<typeof FreeSlotSchema>;
