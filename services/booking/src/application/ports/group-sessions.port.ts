import type { BookableResource, TimeInterval } from "../../domain/claims/bookable-resource";
import type { GroupSession } from "../../domain/group-session/group-session";

export interface JoinGroupSession {
  session: Omit<GroupSession, "participants" | "resources">;
  appointmentId: string;
  /** Opens the session: claims counsellor and a room for it (owner: the session id); returns what it claimed. */
  claimForOpening: () => Promise<BookableResource[]>;
  claimed: TimeInterval;
}

/**
 * Seats in group sessions, decided one at a time per session (a lock per session: the
 * test database can't compare-and-set). The first participant opens the session and
 * claims counsellor and room for it; the last one to leave closes it and frees them.
 */
export interface GroupSessions {
  /** Idempotent per appointment. CONFLICT `session_full`, or the claim's conflict (`counsellor_taken`, …) when opening. */
  join(request: JoinGroupSession): Promise<GroupSession>;
  /** Idempotent; frees the session's time when its last participant leaves. */
  leave(sessionId: string, appointmentId: string): Promise<void>;
  findById(sessionId: string): Promise<GroupSession | null>;
  /** Sessions of a service starting in [from, to). */
  sessionsOf(serviceId: string, from: Date, to: Date): Promise<GroupSession[]>;
}
