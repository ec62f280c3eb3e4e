import { InstantSchema } from "@counselling/contracts";
import { z } from "zod";
import { type HalfOpenInterval } from "./half-open-interval";

/** A stretch of real time between two UTC instants, half-open. */
export const InstantIntervalSchema = z
  .object({ start: InstantSchema, end: InstantSchema })
  .refine((interval) => Date.parse(interval.end) > Date.parse(interval.start), {
    message: "end must be after start",
    path: ["end"],
  });

/** The counsellor is away (leave, sickness, training): no appointment may touch it. */
export const AbsenceSchema = InstantIntervalSchema;

/**
 * Time a resource has already given away, INCLUDING the buffers of the booking that
 * claimed it, so a new slot only has to keep its own buffers clear of it.
 */
export const BusyIntervalSchema = InstantIntervalSchema;

export type InstantInterval = z.infer<typeof InstantIntervalSchema>;
export type Absence = z.infer<typeof AbsenceSchema>;
export type BusyInterval = z.infer<typeof BusyIntervalSchema>;

export function toEpochInterval(interval: InstantInterval): HalfOpenInterval {
  return { start: Date.parse(interval.start), end: Date.parse(interval.end) };
}
