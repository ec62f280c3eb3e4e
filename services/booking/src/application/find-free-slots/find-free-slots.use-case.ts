import { AppError } from "@counselling/platform";
import { computeFreeSlots } from "../../domain/availability";
import type { Counsellor } from "../../domain/directory/counsellor";
import { interpretsFor } from "../../domain/directory/interpreter";
import type { Location } from "../../domain/directory/location";
import type { Service } from "../../domain/directory/service";
import { freeSlotQueryFor } from "../availability/free-slot-query-for";
import { type GroupSession, groupSessionPrefixOf, seatsLeft } from "../../domain/group-session/group-session";
import type { GroupSessions } from "../ports/group-sessions.port";
import { walkInRulesOf } from "../availability/walk-in-rules";
import type { DirectoryReader } from "../ports/directory-reader.port";
import type { ResourceClaims } from "../ports/resource-claims.port";
import {
  type FindFreeSlotsInput,
  FindFreeSlotsInputSchema,
  type FreeSlotOffer,
} from "./find-free-slots.schema";

export interface FindFreeSlotsDependencies {
  directory: DirectoryReader;
  claims: ResourceClaims;
  groupSessions: GroupSessions;
  clock: () => Date;
}

/**
 * Free times of a service: per location and counsellor who delivers it in the
 * channel and can talk with the client (own language, or an interpreter for
 * it), minus the time already claimed. The answer is advice: the booking's
 * claim decides, so a slot taken in between fails cleanly with `slot_taken`.
 */
export class FindFreeSlots {
  constructor(private readonly deps: FindFreeSlotsDependencies) {}

  async execute(input: FindFreeSlotsInput, options: { walkIn?: boolean } = {}): Promise<FreeSlotOffer[]> {
    const query = FindFreeSlotsInputSchema.parse(input);
    const listed = this.deps.directory.service(query.serviceId);
    if (!listed)
      throw new AppError("NOT_FOUND", "This service does not exist", { reason: "unknown_service" });
    const service = options.walkIn ? walkInRulesOf(listed) : listed;
    const now = this.deps.clock();
    const from = query.from ? new Date(Math.max(Date.parse(query.from), now.getTime())) : now;
    const to = new Date(from.getTime() + query.days * 86_400_000);

    const language = query.language;
    const offers: FreeSlotOffer[] = [];
    // Group services: their own sessions are joinable while seats are left, not busy time.
    const isGroup = service.groupCapacity !== null;
    const sessions = isGroup ? await this.deps.groupSessions.sessionsOf(service.id, from, to) : [];
    for (const location of this.locationsOf(service, query.locationId)) {
      for (const counsellor of this.counsellorsAt(service, location, query.channel)) {
        const interpreterNeeded = language !== undefined && !counsellor.languages.includes(language);
        if (interpreterNeeded && !this.hasInterpreterFor(language, service)) continue;
        const busy = await this.deps.claims.busyIntervals(
          { kind: "counsellor", id: counsellor.id },
          from,
          to,
          isGroup ? groupSessionPrefixOf(service.id) : undefined,
        );
        const slots = computeFreeSlots(
          freeSlotQueryFor(
            { service, location, counsellor },
            { now, from, to },
            busy.map((interval) => ({
              start: interval.start.toISOString(),
              end: interval.end.toISOString(),
            })),
          ),
        );
        for (const slot of slots) {
          const seats = isGroup ? seatsAt(slot, counsellor.id, sessions, service) : null;
          if (seats === 0) continue;
          offers.push({
            seatsLeft: seats,
            ...slot,
            locationId: location.id,
            counsellorId: counsellor.id,
            counsellorName: counsellor.displayName,
            interpreterNeeded,
          });
        }
      }
    }
    return offers.sort((a, b) => a.start.localeCompare(b.start)).slice(0, query.limit);
  }

  private locationsOf(service: Service, locationId: string | undefined): Location[] {
    const ids = locationId ? service.locationIds.filter((id) => id === locationId) : service.locationIds;
    return ids.flatMap((id) => this.deps.directory.location(id) ?? []);
  }

  private counsellorsAt(
    service: Service,
    location: Location,
    channel: Counsellor["channels"][number],
  ): Counsellor[] {
    return this.deps.directory
      .counsellorsOf(service.id)
      .filter(
        (counsellor) => counsellor.locationIds.includes(location.id) && counsellor.channels.includes(channel),
      );
  }

  private hasInterpreterFor(language: string, service: Service): boolean {
    return this.deps.directory
      .interpreters()
      .some((interpreter) => interpretsFor(interpreter, language, service.organisationId));
  }
}

/**
 * Seats left at a slot of a group service: the session starting exactly then has
 * `capacity − participants`; a slot whose claimed time (with buffers) overlaps another
 * session of the same counsellor can't be booked (0); a slot without a session has all seats.
 */
function seatsAt(
  slot: { start: string; end: string },
  counsellorId: string,
  sessions: GroupSession[],
  service: Service,
): number {
  const capacity = service.groupCapacity ?? 1;
  const start = Date.parse(slot.start);
  const claimedMs =
    Date.parse(slot.end) - start + (service.bufferBeforeMinutes + service.bufferAfterMinutes) * 60_000;
  for (const session of sessions) {
    if (session.counsellorId !== counsellorId) continue;
    const sessionStart = session.startsAt.getTime();
    if (sessionStart === start) return seatsLeft(session, capacity);
    if (Math.abs(sessionStart - start) < claimedMs) return 0;
  }
  return capacity;
}
