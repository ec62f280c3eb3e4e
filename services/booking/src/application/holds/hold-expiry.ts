import { AppError } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";

/** A hold past its time is gone even before the expiry job has released it. */
export function assertHoldLive(appointment: Appointment, now: Date): void {
  const expired =
    appointment.status === "released" ||
    (appointment.status === "held" &&
      appointment.holdExpiresAt !== null &&
      appointment.holdExpiresAt.getTime() <= now.getTime());
  if (expired) {
    throw new AppError("GONE", "This hold has expired; please choose a time again", {
      reason: "hold_expired",
    });
  }
}
