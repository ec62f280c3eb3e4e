import { AppError } from "@counselling/platform";
import { computeFreeSlots } from "../../domain/availability";
import type { BookingContext } from "./resolve-booking-context";

/**
 * The requested start must be one of the slots the rules give (working hours
 * of location and counsellor, holidays of the location's state, buffers,
 * minimum notice, horizon). Other bookings are not checked here: the
 * database-enforced claims decide those, race-free.
 */
export function checkSlotWithinRules(context: BookingContext, startsAt: Date, now: Date): Date {
  const { service, location, counsellor } = context;
  if (startsAt.getTime() <= now.getTime()) {
    throw new AppError("UNPROCESSABLE", "This time is in the past", { reason: "slot_in_past" });
  }
  const endsAt = new Date(startsAt.getTime() + service.defaultDurationMinutes * 60_000);
  const slots = computeFreeSlots({
    now: now.toISOString(),
    from: startsAt.toISOString(),
    to: new Date(startsAt.getTime() + 60_000).toISOString(),
    timeZone: location.timeZone,
    federalState: location.federalState,
    locationHours: location.openingHours,
    locationExceptions: location.exceptions,
    counsellorHours: counsellor.weeklyHours.find((entry) => entry.locationId === location.id)?.hours ?? [],
    absences: [],
    busy: [],
    rules: {
      durationMinutes: service.defaultDurationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      minimumNoticeMinutes: service.minimumNoticeMinutes,
      horizonDays: service.horizonDays,
      slotStepMinutes: service.slotStepMinutes,
    },
  });
  if (!slots.some((slot) => Date.parse(slot.start) === startsAt.getTime())) {
    throw new AppError("UNPROCESSABLE", "This time cannot be booked for this service", {
      reason: "slot_outside_rules",
    });
  }
  return endsAt;
}
