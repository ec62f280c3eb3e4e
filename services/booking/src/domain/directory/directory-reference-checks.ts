import type { Counsellor } from "./counsellor";
import { locationsWhereCounsellorDelivers } from "./counsellor-capability";
import type { Directory } from "./directory";
import type { Interpreter } from "./interpreter";
import type { Location } from "./location";
import type { Organisation } from "./organisation";
import type { Room } from "./room";
import type { Service } from "./service";
import { repeatedValues } from "./unique-list";

/** Lookups by id, built once so that the checks stay linear in the directory's size. */
export interface DirectoryIndex {
  organisationById: ReadonlyMap<string, Organisation>;
  locationById: ReadonlyMap<string, Location>;
  serviceById: ReadonlyMap<string, Service>;
  rooms: readonly Room[];
}

export function indexDirectory(directory: Directory): DirectoryIndex {
  return {
    organisationById: new Map(directory.organisations.map((organisation) => [organisation.id, organisation])),
    locationById: new Map(directory.locations.map((location) => [location.id, location])),
    serviceById: new Map(directory.services.map((service) => [service.id, service])),
    rooms: directory.rooms,
  };
}

export function duplicateIdProblems(directory: Directory): string[] {
  const ids = [
    ...directory.organisations,
    ...directory.locations,
    ...directory.services,
    ...directory.counsellors,
    ...directory.rooms,
    ...directory.interpreters,
  ].map((entry) => entry.id);
  return repeatedValues(ids).map((id) => `Id "${id}" is used more than once`);
}

function organisationProblems(who: string, organisationId: string, index: DirectoryIndex): string[] {
  return index.organisationById.has(organisationId)
    ? []
    : [`${who} belongs to unknown organisation "${organisationId}"`];
}

/** Unknown locations, and locations of another organisation than `organisationId`. */
function ownLocationProblems(
  who: string,
  locationIds: readonly string[],
  organisationId: string,
  index: DirectoryIndex,
): string[] {
  return locationIds.flatMap((locationId) => {
    const location = index.locationById.get(locationId);
    if (!location) return [`${who} refers to unknown location "${locationId}"`];
    return location.organisationId === organisationId
      ? []
      : [`${who} refers to location "${locationId}" of another organisation (${location.organisationId})`];
  });
}

export function locationProblems(location: Location, index: DirectoryIndex): string[] {
  return organisationProblems(`Location "${location.id}"`, location.organisationId, index);
}

export function serviceProblems(service: Service, index: DirectoryIndex): string[] {
  const who = `Service "${service.id}"`;
  const problems = [
    ...organisationProblems(who, service.organisationId, index),
    ...ownLocationProblems(who, service.locationIds, service.organisationId, index),
  ];
  if (service.channels.includes("in_person")) {
    // A room holds the participants and the counsellor leading the session.
    const seatsNeeded = (service.groupCapacity ?? 1) + 1;
    const fittingRooms = index.rooms.filter(
      (room) => service.locationIds.includes(room.locationId) && room.capacity >= seatsNeeded,
    );
    if (fittingRooms.length === 0) {
      problems.push(`${who} is offered in person but none of its locations has a room for ${seatsNeeded}`);
    }
  }
  return problems;
}

export function counsellorProblems(counsellor: Counsellor, index: DirectoryIndex): string[] {
  const who = `Counsellor "${counsellor.id}"`;
  const problems = [
    ...organisationProblems(who, counsellor.organisationId, index),
    ...ownLocationProblems(who, counsellor.locationIds, counsellor.organisationId, index),
  ];
  for (const { locationId } of counsellor.weeklyHours) {
    if (!counsellor.locationIds.includes(locationId)) {
      problems.push(`${who} has hours at location "${locationId}" but is not assigned to it`);
    }
  }
  for (const serviceId of counsellor.serviceIds) {
    const service = index.serviceById.get(serviceId);
    if (!service) {
      problems.push(`${who} offers unknown service "${serviceId}"`);
    } else if (service.organisationId !== counsellor.organisationId) {
      problems.push(
        `${who} offers service "${serviceId}" of another organisation (${service.organisationId})`,
      );
    } else if (locationsWhereCounsellorDelivers(counsellor, service).length === 0) {
      problems.push(`${who} offers service "${serviceId}" but has no hours at its locations in its channels`);
    }
  }
  return problems;
}

export function roomProblems(room: Room, index: DirectoryIndex): string[] {
  return index.locationById.has(room.locationId)
    ? []
    : [`Room "${room.id}" is at unknown location "${room.locationId}"`];
}

export function interpreterProblems(interpreter: Interpreter, index: DirectoryIndex): string[] {
  const who = `Interpreter "${interpreter.id}"`;
  const { organisationId } = interpreter;
  // Pool interpreters (no organisation) may reach any location of the network.
  if (organisationId === null) {
    return interpreter.locationIds
      .filter((locationId) => !index.locationById.has(locationId))
      .map((locationId) => `${who} refers to unknown location "${locationId}"`);
  }
  return [
    ...organisationProblems(who, organisationId, index),
    ...ownLocationProblems(who, interpreter.locationIds, organisationId, index),
  ];
}
