import { type FreeSlot } from "./free-slot";
import { type FreeSlotQueryInput } from "./free-slot-query";
import { type SlotRulesInput } from "./slot-rules";
import { type WeeklyHours } from "./weekly-hours";

/** Object mother for availability tests: a plain Saxon weekday setup, overridden per test. */

export const MONDAY_TO_FRIDAY = [1, 2, 3, 4, 5];
export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

export function hoursOn(weekdays: readonly number[], ...intervals: readonly [string, string][]): WeeklyHours {
  return weekdays.flatMap((weekday) => intervals.map(([start, end]) => ({ weekday, start, end })));
}

export function someRules(overrides: Partial<SlotRulesInput> = {}): SlotRulesInput {
  return {
    durationMinutes: 60,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    minimumNoticeMinutes: 0,
    horizonDays: 365,
    slotStepMinutes: 60,
    ...overrides,
  };
}

/** One winter Wednesday (2026-01-14, UTC+1), location and counsellor both 09:00–17:00 local. */
export function aFreeSlotQuery(overrides: Partial<FreeSlotQueryInput> = {}): FreeSlotQueryInput {
  return {
    now: "2026-01-01T00:00:00Z",
    from: "2026-01-13T23:00:00Z",
    to: "2026-01-14T23:00:00Z",
    federalState: "DE-SN",
    locationHours: hoursOn(MONDAY_TO_FRIDAY, ["09:00", "17:00"]),
    locationExceptions: [],
    counsellorHours: hoursOn(MONDAY_TO_FRIDAY, ["09:00", "17:00"]),
    absences: [],
    busy: [],
    rules: someRules(),
    ...overrides,
  };
}

/** Starts as "YYYY-MM-DDTHH:mm" in UTC: short enough to list whole days in an expectation. */
export function startsOf(slots: readonly FreeSlot[]): string[] {
  return slots.map((slot) => slot.start.slice(0, 16));
}
