import { z } from "zod";

/** Where an appointment stands, as the latest of its events says; calendar copies follow it. */
export const AppointmentStatusSchema = z.enum([
  "booked",
  "rescheduled",
  "cancelled",
  "checked_in",
  "no_show",
  "completed",
]);
export type AppointmentStatus = z.infer<typeof AppointmentStatusSchema>;
