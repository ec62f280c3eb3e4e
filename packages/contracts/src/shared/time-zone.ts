import { z } from "zod";

/** The zone every local time of the network is computed in. */
export const serviceTimeZone = "Europe/Berlin";

/**
 * Events carry the zone next to their UTC instants so that a consumer renders local times
 * without configuration. It is a literal on purpose: a service outside this zone would be
 * a change of meaning and therefore a new event version, not a silent drift.
 */
export const TimeZoneSchema = z.literal(serviceTimeZone);

export type TimeZone = z.infer<typeof TimeZoneSchema>;
