import { berlinDateTimeLocalOf, instantOfBerlinWallClock } from "../../i18n/format-date-time";
import type { Absence } from "./directory-edits";

/**
 * Absences are instants at booking (they block real time, across daylight-saving
 * switches); admins enter them as office wall-clock times, whatever the browser's zone.
 */
export function wallClockOf(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? "" : berlinDateTimeLocalOf(date);
}

/** The instant of an office time typed in a datetime-local field; "" while the field is incomplete. */
export function instantOf(wallClock: string): string {
  if (!wallClock) return "";
  const instant = instantOfBerlinWallClock(wallClock);
  return Number.isNaN(instant.getTime()) ? "" : instant.toISOString();
}

/** A new absence: the next working day, 09:00 to 17:00 office time (the admin adjusts it). */
export function newAbsence(now: Date): Absence {
  const next = new Date(now.getTime() + 86_400_000);
  const day = berlinDateTimeLocalOf(next).slice(0, 10);
  return { start: instantOf(`${day}T09:00`), end: instantOf(`${day}T17:00`) };
}
