import { z } from "zod";
import { CounsellorSchema } from "../../domain/directory/counsellor";
import type { Directory } from "../../domain/directory/directory";
import { InterpreterSchema } from "../../domain/directory/interpreter";
import { LocationSchema } from "../../domain/directory/location";
import { OrganisationSchema } from "../../domain/directory/organisation";
import { RoomSchema } from "../../domain/directory/room";
import { ServiceSchema } from "../../domain/directory/service";

/**
 * The part of the directory one organisation's admins keep: the organisation and
 * everything of it. Rooms have no organisation of their own; they belong through their
 * location. Pool interpreters (organisationId null) belong to no organisation and are
 * not part of any slice.
 */
export const OrganisationDirectorySchema = z.object({
  organisation: OrganisationSchema,
  locations: z.array(LocationSchema),
  services: z.array(ServiceSchema),
  counsellors: z.array(CounsellorSchema),
  rooms: z.array(RoomSchema),
  interpreters: z.array(InterpreterSchema),
});

/** As stored and used: every default decided (a service's `sensitive`, `groupCapacity`). */
export type OrganisationDirectory = z.output<typeof OrganisationDirectorySchema>;
/** As an admin form sends it. */
export type OrganisationDirectoryInput = z.input<typeof OrganisationDirectorySchema>;

/** The slice of one organisation, or undefined when the directory does not know it. */
export function organisationDirectoryOf(
  directory: Directory,
  organisationId: string,
): OrganisationDirectory | undefined {
  const organisation = directory.organisations.find((entry) => entry.id === organisationId);
  if (!organisation) return undefined;
  const locations = directory.locations.filter((entry) => entry.organisationId === organisationId);
  const locationIds = new Set(locations.map((location) => location.id));
  return {
    organisation,
    locations,
    services: directory.services.filter((entry) => entry.organisationId === organisationId),
    counsellors: directory.counsellors.filter((entry) => entry.organisationId === organisationId),
    rooms: directory.rooms.filter((room) => locationIds.has(room.locationId)),
    interpreters: directory.interpreters.filter((entry) => entry.organisationId === organisationId),
  };
}

/** The whole directory as it would be with this organisation's slice saved (the slice's own entries replace the old ones). */
export function withOrganisationReplaced(directory: Directory, slice: OrganisationDirectory): Directory {
  const organisationId = slice.organisation.id;
  const previous = organisationDirectoryOf(directory, organisationId);
  const previousRoomIds = new Set(previous?.rooms.map((room) => room.id));
  const others = <T extends { organisationId: string | null }>(entries: T[]) =>
    entries.filter((entry) => entry.organisationId !== organisationId);
  return {
    organisations: [
      ...directory.organisations.filter((entry) => entry.id !== organisationId),
      slice.organisation,
    ],
    locations: [...others(directory.locations), ...slice.locations],
    services: [...others(directory.services), ...slice.services],
    counsellors: [...others(directory.counsellors), ...slice.counsellors],
    rooms: [...directory.rooms.filter((room) => !previousRoomIds.has(room.id)), ...slice.rooms],
    interpreters: [...others(directory.interpreters), ...slice.interpreters],
  };
}

/**
 * Entries in the slice that are not the organisation's own, as sentences. An admin
 * keeps their own organisation only: an entry of another one (or of the network's
 * interpreter pool) would change what other admins are responsible for.
 */
export function foreignEntryProblems(slice: OrganisationDirectory): string[] {
  const organisationId = slice.organisation.id;
  const ownLocationIds = new Set(
    slice.locations.filter((entry) => entry.organisationId === organisationId).map((entry) => entry.id),
  );
  const notOwn = (who: string, owner: string) =>
    `${who} belongs to organisation "${owner}", not to "${organisationId}"`;
  return [
    ...slice.locations
      .filter((entry) => entry.organisationId !== organisationId)
      .map((entry) => notOwn(`Location "${entry.id}"`, entry.organisationId)),
    ...slice.services
      .filter((entry) => entry.organisationId !== organisationId)
      .map((entry) => notOwn(`Service "${entry.id}"`, entry.organisationId)),
    ...slice.counsellors
      .filter((entry) => entry.organisationId !== organisationId)
      .map((entry) => notOwn(`Counsellor "${entry.id}"`, entry.organisationId)),
    ...slice.rooms
      .filter((room) => !ownLocationIds.has(room.locationId))
      .map(
        (room) =>
          `Room "${room.id}" is at location "${room.locationId}", which is not a location of "${organisationId}"`,
      ),
    ...slice.interpreters
      .filter((entry) => entry.organisationId !== organisationId)
      .map((entry) =>
        entry.organisationId === null
          ? `Interpreter "${entry.id}" belongs to the network's pool, which organisation admins don't edit`
          : notOwn(`Interpreter "${entry.id}"`, entry.organisationId),
      ),
  ];
}
