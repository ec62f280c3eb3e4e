import { z } from "zod";
import { ActorSchema } from "./actor";
import { InstantSchema } from "./instant";

/**
 * Who did it and when it happened in the world. `at` may lie before the envelope's
 * `occurredAt` (when the fact was recorded), e.g. a no-show entered at the end of the day.
 * Spread its shape into a payload: `Schema.extend(AttributionSchema.shape)`.
 */
export const AttributionSchema = z.object({
  actor: ActorSchema,
  at: InstantSchema,
});

export type Attribution = z.infer<typeof AttributionSchema>;
