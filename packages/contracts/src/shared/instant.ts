import { z } from "zod";

/**
 * A point in time, ISO 8601 in UTC ("2026-03-29T08:00:00Z").
 * Offsets are refused: a local wall-clock time can't sneak in as an instant, and equal
 * instants are equal strings. Local time is computed in Europe/Berlin only for display.
 */
export const InstantSchema = z.iso.datetime();

export type Instant = z.infer<typeof InstantSchema>;
