import { AppError } from "@counselling/platform";
import { z } from "zod";

/**
 * `held`: a tentative hold (warm handover of a referral) that claims the time but is no
 * appointment yet; it becomes `booked` when confirmed or `released` (by hand or on expiry).
 */
export const AppointmentStatusSchema = z.enum([
  "held",
  "booked",
  "checked_in",
  "completed",
  "no_show",
  "cancelled",
  "released",
]);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;

/**
 * The life of an appointment. Cancelled, completed and no-show are final: a
 * cancelled appointment can never be moved or checked in again (a common
 * failure of other schedulers, DOMAIN.md).
 */
const transitions: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  held: ["booked", "released"],
  booked: ["checked_in", "no_show", "cancelled"],
  checked_in: ["completed", "no_show"],
  completed: [],
  no_show: [],
  cancelled: [],
  released: [],
};

/** Statuses whose claimed time is free again (the sweeper may release what is left). */
export function holdsNoTime(status: AppointmentStatus): boolean {
  return status === "cancelled" || status === "released";
}

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return transitions[from].includes(to);
}

export function assertTransition(from: AppointmentStatus, to: AppointmentStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError(
      "PRECONDITION_FAILED",
      `An appointment that is ${from.replace("_", " ")} cannot become ${to.replace("_", " ")}`,
      {
        reason: `appointment_${from}`,
      },
    );
  }
}

/** Only a booked appointment can be moved to another time. */
export function assertReschedulable(status: AppointmentStatus): void {
  if (status !== "booked") {
    throw new AppError(
      "PRECONDITION_FAILED",
      `An appointment that is ${status.replace("_", " ")} cannot be moved`,
      {
        reason: `appointment_${status}`,
      },
    );
  }
}
