import { IdSchema } from "@counselling/contracts";
import { authorizeStaff, type StaffPrincipal } from "@counselling/platform";
import { z } from "zod";
import {
  COUNTED_STATUSES,
  countMonthly,
  instantsOfMonths,
  type MonthlyCount,
  MonthSchema,
} from "../../domain/statistics/monthly-counts";
import type { AppointmentStatisticsSource } from "../ports/appointment-statistics.port";

export const MonthlyStatisticsInputSchema = z
  .object({
    organisationId: IdSchema.optional(),
    from: MonthSchema.optional(),
    to: MonthSchema.optional(),
  })
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: "from must not be after to",
    path: ["to"],
  });

export interface MonthlyStatistics {
  /** Null: every organisation (the data protection officer's network-wide view). */
  organisationId: string | null;
  from: string | null;
  to: string | null;
  rows: MonthlyCount[];
}

/**
 * Anonymous statistics for the programmes' reporting: appointments per service kind,
 * Berlin month of the start and status. No personal data go in or out, and erasure and
 * retention never remove records, so the numbers are the same before and after them.
 * Admins and coordinators see their own organisation; the data protection officer any
 * or all (to check that erasure left them unchanged).
 */
export class GetMonthlyStatistics {
  constructor(private readonly deps: { appointments: AppointmentStatisticsSource }) {}

  async execute(
    input: z.input<typeof MonthlyStatisticsInputSchema>,
    staff: StaffPrincipal,
  ): Promise<MonthlyStatistics> {
    const request = MonthlyStatisticsInputSchema.parse(input);
    let organisationId: string | null = request.organisationId ?? null;
    if (staff.role !== "dpo") {
      organisationId = request.organisationId ?? staff.organisationId;
      authorizeStaff(staff, ["admin", "coordinator"], { organisationId });
    }
    const appointments = await this.deps.appointments.countable({
      organisationId,
      statuses: COUNTED_STATUSES,
      ...instantsOfMonths(request),
    });
    return {
      organisationId,
      from: request.from ?? null,
      to: request.to ?? null,
      rows: countMonthly(appointments),
    };
  }
}
