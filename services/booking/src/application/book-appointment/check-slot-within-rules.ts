import { AppError } from "@counselling/platform";
import { computeFreeSlots } from "../../domain/availability";
import { freeSlotQueryFor } from "../availability/free-slot-query-for";
import type { BookingContext } from "./resolve-booking-context";

/**
 * The requested start must be one of the slots the rules give (working hours
 * of location and counsellor, holidays of the location's state, buffers,
 * minimum notice, horizon). Other bookings are not checked here: the
 * database-enforced claims decide those, race-free.
 */
export function checkSlotWithinRules(
  context: BookingContext,
  startsAt: Date,
  now: Date,
): { endsAt: Date; claimed: { start: Date; end: Date } } {
  const { service } = context;
  if (startsAt.getTime() <= now.getTime()) {
    throw new AppError("UNPROCESSABLE", "This time is in the past", { reason: "slot_in_past" });
  }
  const endsAt = new Date(startsAt.getTime() + service.defaultDurationMinutes * 60_000);
  const slots = computeFreeSlots(
    freeSlotQueryFor(context, { now, from: startsAt, to: new Date(startsAt.getTime() + 60_000) }),
  );

  if (!slots.some((slot) => Date.parse(slot.start) === startsAt.getTime())) {
    throw new AppError("UNPROCESSABLE", "This time cannot be booked for this service", {
      reason: "slot_outside_rules",
    });
  }
  // What the resources are claimed for: the appointment widened by its buffers.
  const claimed = {
    start: new Date(startsAt.getTime() - service.bufferBeforeMinutes * 60_000),
    end: new Date(endsAt.getTime() + service.bufferAfterMinutes * 60_000),
  };
  return { endsAt, claimed };
}
