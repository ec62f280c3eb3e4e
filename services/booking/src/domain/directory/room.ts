import { z } from "zod";
import { LocationIdSchema, RoomIdSchema } from "./directory-id";

/** A bookable room of a location. Capacity counts everyone in it, staff included. */
export const RoomSchema = z.object({
  id: RoomIdSchema,
  locationId: LocationIdSchema,
  name: z.string().trim().min(1, "A room needs a name"),
  capacity: z
    .number()
    .int("A room's capacity is a whole number of people")
    .min(1, "A room holds at least one person")
    .max(200, "A room holds at most 200 people"),
  accessible: z.boolean().describe("Reachable and usable with a wheelchair."),
});

export type Room = z.infer<typeof RoomSchema>;
