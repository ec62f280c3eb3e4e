import { AppError } from "@counselling/platform";
import type { Appointment } from "../../domain/appointment/appointment";
import { manageTokenMatches } from "../../domain/appointment/manage-token";
import type { AppointmentRepository } from "../ports/appointment-repository.port";

/**
 * The appointment a client's manage link points to. The same answer for "no
 * such appointment" and "wrong secret", so ids can't be probed.
 */
export async function findByManageLink(
  appointments: AppointmentRepository,
  appointmentId: string,
  manageToken: string,
): Promise<Appointment> {
  const appointment = await appointments.findById(appointmentId);
  if (!appointment || !manageTokenMatches(manageToken, appointment.manageTokenHash)) {
    throw new AppError("FORBIDDEN", "This link is not valid", { reason: "manage_link_invalid" });
  }
  return appointment;
}
