import { AppError, type DocumentLocks, documentLockKey } from "@counselling/platform";
import type { Collection } from "mongodb";
import type { GroupSessions, JoinGroupSession } from "../../../application/ports/group-sessions.port";
import type { ResourceClaims } from "../../../application/ports/resource-claims.port";
import type { TimeInterval } from "../../../domain/claims/bookable-resource";
import type { GroupSession } from "../../../domain/group-session/group-session";

export type GroupSessionDocument = Omit<GroupSession, "sessionId"> & {
  _id: string;
  claimed: TimeInterval;
};

/**
 * Group sessions in MongoDB, one document per session, changed only under the session's
 * lock: opening (claim, then insert), joining (add a participant if a seat is left),
 * leaving (remove; the last one deletes the session, then frees its claims). A crash
 * between claiming and inserting leaves claims owned by a session id without a session;
 * the claim sweeper frees them.
 */
export class MongoGroupSessions implements GroupSessions {
  constructor(
    private readonly sessions: Collection<GroupSessionDocument>,
    private readonly claims: ResourceClaims,
    private readonly locks: DocumentLocks,
  ) {}

  async join(request: JoinGroupSession): Promise<GroupSession> {
    const { session, appointmentId } = request;
    return this.locks.withLock(documentLockKey(this.sessions, session.sessionId), async () => {
      const existing = await this.sessions.findOne({ _id: session.sessionId });
      if (!existing) {
        const resources = await request.claimForOpening();
        const opened: GroupSessionDocument = {
          _id: session.sessionId,
          serviceId: session.serviceId,
          counsellorId: session.counsellorId,
          startsAt: session.startsAt,
          capacity: session.capacity,
          participants: [appointmentId],
          resources,
          claimed: request.claimed,
        };
        await this.sessions.insertOne(opened);
        return toSession(opened);
      }
      if (existing.participants.includes(appointmentId)) return toSession(existing);
      if (existing.participants.length >= existing.capacity) {
        throw AppError.conflict("This group session is full", { reason: "session_full" });
      }
      const participants = [...existing.participants, appointmentId];
      await this.sessions.updateOne({ _id: session.sessionId }, { $set: { participants } });
      return toSession({ ...existing, participants });
    });
  }

  async leave(sessionId: string, appointmentId: string): Promise<void> {
    await this.locks.withLock(documentLockKey(this.sessions, sessionId), async () => {
      const existing = await this.sessions.findOne({ _id: sessionId });
      if (!existing?.participants.includes(appointmentId)) return;
      const participants = existing.participants.filter((id) => id !== appointmentId);
      if (participants.length > 0) {
        await this.sessions.updateOne({ _id: sessionId }, { $set: { participants } });
        return;
      }
      await this.sessions.deleteOne({ _id: sessionId });
      await this.claims.release(sessionId, existing.resources, existing.claimed);
    });
  }

  async findById(sessionId: string): Promise<GroupSession | null> {
    const document = await this.sessions.findOne({ _id: sessionId });
    return document ? toSession(document) : null;
  }

  async sessionsOf(serviceId: string, from: Date, to: Date): Promise<GroupSession[]> {
    const documents = await this.sessions.find({ serviceId, startsAt: { $gte: from, $lt: to } }).toArray();
    return documents.map(toSession);
  }
}

function toSession(document: GroupSessionDocument): GroupSession {
  return {
    sessionId: document._id,
    serviceId: document.serviceId,
    counsellorId: document.counsellorId,
    startsAt: document.startsAt,
    capacity: document.capacity,
    participants: document.participants,
    resources: document.resources,
  };
}
