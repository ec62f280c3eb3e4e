import { FederalStateSchema, InstantSchema, serviceTimeZone } from "@counselling/contracts";
import { z } from "zod";
import { DatedExceptionsSchema } from "./dated-exception";
import { IanaTimeZoneSchema } from "./iana-time-zone";
import { AbsenceSchema, BusyIntervalSchema } from "./instant-interval";
import { SlotRulesSchema } from "./slot-rules";
import { WeeklyHoursSchema } from "./weekly-hours";

/**
 * Everything `computeFreeSlots` needs, passed in: the function reads no clock, no
 * database and no configuration, so the same question always gets the same answer.
 * Slots are returned whose start lies in [from, to).
 */
export const FreeSlotQuerySchema = z.object({
  now: InstantSchema,
  from: InstantSchema,
  to: InstantSchema,
  /** Wall-clock hours, dates and holidays are read in this zone. */
  timeZone: IanaTimeZoneSchema.default(serviceTimeZone),
  federalState: FederalStateSchema,
  locationHours: WeeklyHoursSchema,
  locationExceptions: DatedExceptionsSchema,
  counsellorHours: WeeklyHoursSchema,
  counsellorExceptions: DatedExceptionsSchema.default([]),
  absences: z.array(AbsenceSchema),
  busy: z.array(BusyIntervalSchema),
  rules: SlotRulesSchema,
});

/** What callers pass (defaults may be left out). */
export type FreeSlotQueryInput = z.input<typeof FreeSlotQuerySchema>;
/** The query after validation, with defaults filled in. */
export type FreeSlotQuery = z.infer<typeof FreeSlotQuerySchema>;
