import { ChannelSchema, LanguageSchema } from "@counselling/contracts";
import { z } from "zod";
import { CounsellorIdSchema, LocationIdSchema, OrganisationIdSchema, ServiceIdSchema } from "./directory-id";
import { onlyWhenFieldsAreValid } from "./cross-field-check";
import { DatedExceptionsSchema, WeeklyHoursSchema } from "./opening-hours";
import { AbsenceSchema } from "../availability/instant-interval";
import { repeatedValues, uniqueListOf } from "./unique-list";

/** When a counsellor works at one location: weekly hours, and dates that differ (closed or other hours). */
export const CounsellorHoursSchema = z.object({
  locationId: LocationIdSchema,
  hours: WeeklyHoursSchema,
  exceptions: DatedExceptionsSchema.default([]),
});

/**
 * A staff member clients book with. Only a display name is kept (first name and
 * initial are enough for a client to find the right door).
 */
export const CounsellorSchema = z
  .object({
    id: CounsellorIdSchema,
    organisationId: OrganisationIdSchema,
    displayName: z.string().trim().min(1, "A counsellor needs a display name"),
    serviceIds: uniqueListOf(ServiceIdSchema, "Services"),
    languages: uniqueListOf(LanguageSchema, "Languages").min(1, "A counsellor speaks one language at least"),
    locationIds: uniqueListOf(LocationIdSchema, "Locations"),
    weeklyHours: z.array(CounsellorHoursSchema),
    channels: uniqueListOf(ChannelSchema, "Channels").min(1, "A counsellor works in one channel at least"),
    /**
     * Leave, training, sickness: no appointment may touch these instants. Deliberately
     * without a reason: why someone is away (e.g. sick) is their health data.
     */
    absences: z.array(AbsenceSchema).default([]),
  })
  .superRefine((counsellor, context) => {
    const repeated = repeatedValues(counsellor.weeklyHours.map((entry) => entry.locationId));
    if (repeated.length > 0) {
      context.addIssue({
        code: "custom",
        path: ["weeklyHours"],
        message: `Hours are given once per location; repeated: ${repeated.join(", ")}`,
      });
    }
    // One person can't be at two locations at once, so their hours must not overlap across locations.
    const allHours = counsellor.weeklyHours.flatMap((entry) => entry.hours);
    const overlap = WeeklyHoursSchema.safeParse(allHours).error?.issues[0];
    if (overlap) {
      context.addIssue({
        code: "custom",
        path: ["weeklyHours"],
        message: `Hours at different locations overlap: ${overlap.message}`,
      });
    }
  }, onlyWhenFieldsAreValid);

export type CounsellorHours = z.infer<typeof CounsellorHoursSchema>;
export type Counsellor = z.infer<typeof CounsellorSchema>;
/** As written by hand (seed, admin form): exceptions and absences may be left out. */
export type CounsellorInput = z.input<typeof CounsellorSchema>;
