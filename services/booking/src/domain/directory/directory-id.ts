import { IdSchema } from "@counselling/contracts";
import type { z } from "zod";

/**
 * Directory ids carry their kind as a prefix ("loc-leipzig-mitte"), so that a room id
 * pasted where a location id belongs is refused at the edge instead of matching nothing,
 * and so that people reading logs and seed files know what an id points to.
 */
export const directoryIdPrefixes = {
  organisation: "org",
  location: "loc",
  service: "svc",
  counsellor: "cns",
  room: "room",
  interpreter: "int",
} as const;

export type DirectoryEntityKind = keyof typeof directoryIdPrefixes;

function prefixedIdSchema(kind: DirectoryEntityKind) {
  const prefix = directoryIdPrefixes[kind];
  // Lower-case words and digits joined by "-": readable, URL-safe, and stable in seeds.
  return IdSchema.regex(
    new RegExp(`^${prefix}-[a-z0-9]+(?:-[a-z0-9]+)*$`),
    `Ids of ${kind}s start with "${prefix}-", then lower-case letters, digits and single hyphens`,
  );
}

export const OrganisationIdSchema = prefixedIdSchema("organisation");
export const LocationIdSchema = prefixedIdSchema("location");
export const ServiceIdSchema = prefixedIdSchema("service");
export const CounsellorIdSchema = prefixedIdSchema("counsellor");
export const RoomIdSchema = prefixedIdSchema("room");
export const InterpreterIdSchema = prefixedIdSchema("interpreter");

export type OrganisationId = z.infer<typeof OrganisationIdSchema>;
export type LocationId = z.infer<typeof LocationIdSchema>;
export type ServiceId = z.infer<typeof ServiceIdSchema>;
export type CounsellorId = z.infer<typeof CounsellorIdSchema>;
export type RoomId = z.infer<typeof RoomIdSchema>;
export type InterpreterId = z.infer<typeof InterpreterIdSchema>;
