import { IANAZone } from "luxon";
import { z } from "zod";

/** An IANA zone name such as "Europe/Berlin"; luxon caches the zone, so this is cheap. */
export const IanaTimeZoneSchema = z.string().refine((name) => IANAZone.create(name).isValid, {
  message: "unknown IANA time zone",
});
