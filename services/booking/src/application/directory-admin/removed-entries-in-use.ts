import type { BookableResource } from "../../domain/claims/bookable-resource";
import type { OrganisationDirectory } from "./organisation-directory";

/** What a living appointment ahead (held, booked, checked in, not yet over) points at. */
export interface AppointmentAheadReferences {
  locationId: string;
  serviceId: string;
  counsellorId: string;
  resources: BookableResource[];
}

type RemovableKind = "Location" | "Service" | "Counsellor" | "Room" | "Interpreter";

export interface RemovedEntry {
  kind: RemovableKind;
  id: string;
}

/** Entries of the stored slice that the new slice no longer has. */
export function removedEntries(
  previous: OrganisationDirectory | undefined,
  next: OrganisationDirectory,
): RemovedEntry[] {
  if (!previous) return [];
  const gone = (kind: RemovableKind, before: { id: string }[], after: { id: string }[]) => {
    const kept = new Set(after.map((entry) => entry.id));
    return before.filter((entry) => !kept.has(entry.id)).map((entry) => ({ kind, id: entry.id }));
  };
  return [
    ...gone("Location", previous.locations, next.locations),
    ...gone("Service", previous.services, next.services),
    ...gone("Counsellor", previous.counsellors, next.counsellors),
    ...gone("Room", previous.rooms, next.rooms),
    ...gone("Interpreter", previous.interpreters, next.interpreters),
  ];
}

/**
 * A removed entry that appointments ahead still point at, as a sentence: removing it would
 * leave clients booked at an office, with a counsellor or in a room the network no longer
 * knows (reception would not see them, availability would not count them). The admin
 * moves or cancels those appointments first.
 */
export function removedEntriesInUse(
  removed: readonly RemovedEntry[],
  ahead: readonly AppointmentAheadReferences[],
): string[] {
  return removed.flatMap(({ kind, id }) => {
    const count = ahead.filter((appointment) => pointsAt(appointment, kind, id)).length;
    return count === 0
      ? []
      : [
          `${kind} "${id}" still has ${String(count)} appointment${count === 1 ? "" : "s"} ahead; move or cancel ${count === 1 ? "it" : "them"} before removing it`,
        ];
  });
}

function pointsAt(appointment: AppointmentAheadReferences, kind: RemovableKind, id: string): boolean {
  const holds = (resourceKind: BookableResource["kind"]) =>
    appointment.resources.some((resource) => resource.kind === resourceKind && resource.id === id);
  switch (kind) {
    case "Location":
      return appointment.locationId === id;
    case "Service":
      return appointment.serviceId === id;
    case "Counsellor":
      return appointment.counsellorId === id || holds("counsellor");
    case "Room":
      return holds("room");
    case "Interpreter":
      return holds("interpreter");
  }
}
