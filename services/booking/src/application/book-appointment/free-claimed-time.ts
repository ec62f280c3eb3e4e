import type { Appointment } from "../../domain/appointment/appointment";
import type { GroupSessions } from "../ports/group-sessions.port";
import type { ResourceClaims } from "../ports/resource-claims.port";

/**
 * Gives back the time an appointment held: its own claims, or its seat in a group session
 * (the session keeps counsellor and room until its last participant leaves). Idempotent.
 */
export async function freeClaimedTime(
  deps: { claims: ResourceClaims; groupSessions: GroupSessions },
  appointment: Appointment,
): Promise<void> {
  const id = appointment.details.appointmentId;
  if (appointment.groupSessionId) await deps.groupSessions.leave(appointment.groupSessionId, id);
  else await deps.claims.release(id, appointment.resources, appointment.claimed);
}
