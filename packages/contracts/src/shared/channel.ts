import { z } from "zod";

/** How an appointment, or an interpreter's part in it, takes place. */
export const ChannelSchema = z.enum(["in_person", "phone", "video"]);

export type Channel = z.infer<typeof ChannelSchema>;
