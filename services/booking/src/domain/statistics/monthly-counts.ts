import { DateTime } from "luxon";
import { z } from "zod";

/** Statistics are per calendar month where the services are: Berlin, whatever the location's zone. */
const STATISTICS_ZONE = "Europe/Berlin";

export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM");

/**
 * The statuses of appointments that count: holds (held, released) are reservations, not
 * appointments. Erasure and retention change none of these, so the counts survive them.
 */
export const COUNTED_STATUSES = ["booked", "checked_in", "completed", "no_show", "cancelled"] as const;

/** One appointment as statistics see it: no client, no counsellor, no id. */
export interface CountedAppointment {
  serviceKind: string;
  /** ISO instant of the start. */
  startsAt: string;
  status: string;
}

export interface MonthlyCount {
  month: string;
  serviceKind: string;
  status: string;
  count: number;
}

/** The Berlin calendar month an instant falls in, "YYYY-MM" (an appointment at 23:30Z on 31 Jan is February's). */
export function berlinMonthOf(instant: string | Date): string {
  const at = typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant);
  return at.setZone(STATISTICS_ZONE).toFormat("yyyy-MM");
}

/** The instants [start of `from`, start of the month after `to`) in Berlin; open ends stay undefined. */
export function instantsOfMonths(range: { from?: string; to?: string }): { from?: Date; to?: Date } {
  const startOf = (month: string) => DateTime.fromFormat(month, "yyyy-MM", { zone: STATISTICS_ZONE });
  return {
    ...(range.from ? { from: startOf(range.from).toJSDate() } : {}),
    ...(range.to ? { to: startOf(range.to).plus({ months: 1 }).toJSDate() } : {}),
  };
}

/** Counts per month, service kind and status, in a stable order (month, kind, status). */
export function countMonthly(appointments: Iterable<CountedAppointment>): MonthlyCount[] {
  const counts = new Map<string, MonthlyCount>();
  for (const appointment of appointments) {
    const month = berlinMonthOf(appointment.startsAt);
    const key = `${month}\u0000${appointment.serviceKind}\u0000${appointment.status}`;
    const row = counts.get(key) ?? {
      month,
      serviceKind: appointment.serviceKind,
      status: appointment.status,
      count: 0,
    };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()].sort(
    (a, b) =>
      a.month.localeCompare(b.month) ||
      a.serviceKind.localeCompare(b.serviceKind) ||
      a.status.localeCompare(b.status),
  );
}
