import { z } from "zod";

/**
 * An id minted by the service that owns the thing (a Mongo ObjectId, a UUID, ...).
 * Other services store and compare it but never parse it, so only "non-empty" is promised.
 */
export const IdSchema = z.string().min(1);

export type Id = z.infer<typeof IdSchema>;
