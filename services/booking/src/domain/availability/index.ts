// Public API of slot availability: pure functions and the zod schemas of their input.
export { computeFreeSlots } from "./compute-free-slots";
export { intervalsOverlap } from "./intervals-overlap";
export { isPublicHoliday, publicHolidaysOf } from "./public-holidays";
export { type HalfOpenInterval } from "./half-open-interval";
export { FreeSlotQuerySchema, type FreeSlotQuery, type FreeSlotQueryInput } from "./free-slot-query";
export { FreeSlotSchema, type FreeSlot } from "./free-slot";
export { SlotRulesSchema, type SlotRules, type SlotRulesInput } from "./slot-rules";
export {
  IsoWeekdaySchema,
  WeeklyHoursIntervalSchema,
  WeeklyHoursSchema,
  type WeeklyHours,
  type WeeklyHoursInterval,
} from "./weekly-hours";
export { DatedExceptionSchema, DatedExceptionsSchema, type DatedException } from "./dated-exception";
export { DailyIntervalSchema, type DailyInterval } from "./daily-interval";
export { TimeOfDaySchema, type TimeOfDay } from "./time-of-day";
export {
  AbsenceSchema,
  BusyIntervalSchema,
  InstantIntervalSchema,
  type Absence,
  type BusyInterval,
  type InstantInterval,
} from "./instant-interval";
export { IanaTimeZoneSchema } from "./iana-time-zone";
