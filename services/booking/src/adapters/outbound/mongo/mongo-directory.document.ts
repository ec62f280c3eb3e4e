import { z } from "zod";
import { CounsellorSchema } from "../../../domain/directory/counsellor";
import { InterpreterSchema } from "../../../domain/directory/interpreter";
import { LocationSchema } from "../../../domain/directory/location";
import { OrganisationSchema } from "../../../domain/directory/organisation";
import { RoomSchema } from "../../../domain/directory/room";
import { ServiceSchema } from "../../../domain/directory/service";

/** The network's interpreter pool belongs to no organisation; it is kept in a document of its own. */
export const INTERPRETER_POOL_ID = "interpreter-pool";

/** What every stored version of a slice carries. */
const SliceVersionSchema = z.object({
  organisation: OrganisationSchema.nullable(),
  locations: z.array(LocationSchema),
  services: z.array(ServiceSchema),
  counsellors: z.array(CounsellorSchema),
  rooms: z.array(RoomSchema),
  interpreters: z.array(InterpreterSchema),
  revision: z.number().int().min(1),
  updatedAt: z.date(),
  updatedBy: z.string(),
});

/**
 * The current slice of one organisation under its id (the pool: organisation null,
 * interpreters only). Parsed on every read, so a document written by an older version
 * fails loudly instead of feeding the booking rules something half-understood.
 */
export const DirectoryDocumentSchema = SliceVersionSchema.extend({ _id: z.string() });
export type DirectoryDocument = z.output<typeof DirectoryDocumentSchema>;

/**
 * One saved revision (2 and up) of an organisation's slice, under "<organisationId>@<revision>".
 * Inserting it is how a save claims its revision: the unique `_id` lets exactly one of
 * two concurrent saves have it. It is also the history of who changed what, when.
 */
export const DirectoryRevisionDocumentSchema = SliceVersionSchema.extend({
  _id: z.string(),
  organisationId: z.string(),
});
export type DirectoryRevisionDocument = z.output<typeof DirectoryRevisionDocumentSchema>;

export function revisionDocumentId(organisationId: string, revision: number): string {
  return `${organisationId}@${revision}`;
}
