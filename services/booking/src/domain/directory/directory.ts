import { z } from "zod";
import { CounsellorSchema } from "./counsellor";
import {
  counsellorProblems,
  duplicateIdProblems,
  indexDirectory,
  interpreterProblems,
  locationProblems,
  roomProblems,
  serviceProblems,
} from "./directory-reference-checks";
import { InterpreterSchema } from "./interpreter";
import { LocationSchema } from "./location";
import { OrganisationSchema } from "./organisation";
import { RoomSchema } from "./room";
import { ServiceSchema } from "./service";

/**
 * The whole directory of the network as plain lists (HSDS-like). Each entry is valid on
 * its own here; whether the entries fit together is validateDirectoryReferences' job,
 * so that an admin form can show every problem at once instead of failing on the first.
 */
export const DirectorySchema = z.object({
  organisations: z.array(OrganisationSchema),
  locations: z.array(LocationSchema),
  services: z.array(ServiceSchema),
  counsellors: z.array(CounsellorSchema),
  rooms: z.array(RoomSchema),
  interpreters: z.array(InterpreterSchema),
});

export type Directory = z.output<typeof DirectorySchema>;
export type DirectoryInput = z.input<typeof DirectorySchema>;

/**
 * Everything that does not fit together, as sentences for the person who keeps the
 * directory (e.g. 'Service "svc-x" runs at unknown location "loc-y"'). Empty means
 * consistent. Pure: no I/O, same input, same answer.
 */
export function validateDirectoryReferences(directory: Directory): string[] {
  const index = indexDirectory(directory);
  return [
    ...duplicateIdProblems(directory),
    ...directory.locations.flatMap((location) => locationProblems(location, index)),
    ...directory.services.flatMap((service) => serviceProblems(service, index)),
    ...directory.counsellors.flatMap((counsellor) => counsellorProblems(counsellor, index)),
    ...directory.rooms.flatMap((room) => roomProblems(room, index)),
    ...directory.interpreters.flatMap((interpreter) => interpreterProblems(interpreter, index)),
  ];
}
