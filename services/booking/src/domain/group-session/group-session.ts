import type { BookableResource } from "../claims/bookable-resource";

/**
 * A group session (e.g. a JMD Respekt Coaches session at a school): one counsellor and one
 * room for one time, shared by up to `capacity` clients, each with their own appointment.
 * The session, not a client's appointment, owns the counsellor's and room's time; it
 * exists while it has participants.
 */
export interface GroupSession {
  sessionId: string;
  serviceId: string;
  counsellorId: string;
  startsAt: Date;
  capacity: number;
  /** Appointment ids holding a seat. */
  participants: string[];
  /** Counsellor and room, claimed by the session for everyone in it. */
  resources: BookableResource[];
}

/** The prefix of every session id of a service: its claims are "our own" time for that service's availability. */
export function groupSessionPrefixOf(serviceId: string): string {
  return `group:${serviceId}:`;
}

/** One session per service, counsellor and start: everyone booking that slot joins it. */
export function groupSessionIdFor(serviceId: string, counsellorId: string, startsAt: Date): string {
  return `${groupSessionPrefixOf(serviceId)}${counsellorId}:${startsAt.toISOString()}`;
}

export function isGroupSessionId(owner: string): boolean {
  return owner.startsWith("group:");
}

export function seatsLeft(
  session: Pick<GroupSession, "capacity" | "participants"> | null,
  capacity: number,
): number {
  return session ? Math.max(0, session.capacity - session.participants.length) : capacity;
}
