import { z } from "zod";

/** What gets booked besides the client's time: never twice for overlapping time. */
export const ResourceKindSchema = z.enum(["counsellor", "room", "interpreter"]);
export type ResourceKind = z.infer<typeof ResourceKindSchema>;

export const BookableResourceSchema = z.object({ kind: ResourceKindSchema, id: z.string().min(1) });
export type BookableResource = z.infer<typeof BookableResourceSchema>;

export interface TimeInterval {
  start: Date;
  end: Date;
}
