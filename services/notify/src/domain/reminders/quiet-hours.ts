import { DateTime } from "luxon";

export interface QuietHours {
  /** Local hour (0–23) from which no reminder goes out. */
  startHour: number;
  /** Local hour (0–23) at which waiting reminders go out. */
  endHour: number;
}

export const defaultQuietHours: QuietHours = { startHour: 21, endHour: 8 };

/**
 * When a reminder due at `due` may go out: at once outside quiet hours, else at
 * the end of the quiet night in the location's zone (08:00 local, also on the
 * nights the clocks change). Confirmations don't pass through here: they go at once.
 */
export function afterQuietHours(due: Date, timeZone: string, quiet: QuietHours = defaultQuietHours): Date {
  const local = DateTime.fromJSDate(due, { zone: timeZone });
  const inEveningPart = local.hour >= quiet.startHour;
  const inMorningPart = local.hour < quiet.endHour;
  if (!inEveningPart && !inMorningPart) return due;
  const morning = (inEveningPart ? local.plus({ days: 1 }) : local).set({
    hour: quiet.endHour,
    minute: 0,
    second: 0,
    millisecond: 0,
  });
  return morning.toJSDate();
}
