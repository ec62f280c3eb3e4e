import { z } from "zod";
import { InstantSchema } from "../../shared/instant";
import { TimeZoneSchema } from "../../shared/time-zone";

/**
 * When an appointment takes place: UTC instants plus the zone to show them in, so that
 * an SMS or a calendar file says local time and stays right across daylight-saving changes.
 */
export const AppointmentTimeSchema = z
  .object({
    startsAt: InstantSchema,
    endsAt: InstantSchema,
    timeZone: TimeZoneSchema,
  })
  .refine((time) => Date.parse(time.endsAt) > Date.parse(time.startsAt), {
    message: "endsAt must be after startsAt",
    path: ["endsAt"],
  });

export type AppointmentTime = z.infer<typeof AppointmentTimeSchema>;
