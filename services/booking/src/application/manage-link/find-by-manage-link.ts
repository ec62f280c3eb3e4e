import { AppError } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { manageLinkExpired, manageTokenMatches } from "../../domain/appointment/manage-token";
import type { AppointmentRepository } from "../ports/appointment-repository.port";

/** What every use case taking a manage token needs to check it. */
export interface ManageLinkCheck {
  appointments: AppointmentRepository;
  clock: () => Date;
  /** Days after the appointment's end during which its manage link still works (`MANAGE_LINK_GRACE_DAYS`). */
  manageLinkGraceDays: number;
}

/**
 * The appointment a client's manage link points to. The same answer for "no
 * such appointment" and "wrong secret", so ids can't be probed. Only a holder
 * of the right secret learns that the link has expired (GONE, `manage_link_expired`).
 */
export async function findByManageLink(
  { appointments, clock, manageLinkGraceDays }: ManageLinkCheck,
  appointmentId: string,
  manageToken: string,
): Promise<Appointment> {
  const appointment = await appointments.findById(appointmentId);
  if (!appointment || !manageTokenMatches(manageToken, appointment.manageTokenHash)) {
    throw new AppError("FORBIDDEN", "This link is not valid", { reason: "manage_link_invalid" });
  }
  if (manageLinkExpired(appointment.details.time.endsAt, manageLinkGraceDays, clock())) {
    throw new AppError("GONE", "This link has expired; please call us", { reason: "manage_link_expired" });
  }
  return appointment;
}
