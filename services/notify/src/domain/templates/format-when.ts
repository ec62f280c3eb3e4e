import { DateTime } from "luxon";
import { type MessageLanguage, phrasesByLanguage } from "./phrases";

/**
 * An instant as the client reads it: weekday, day and month in their language,
 * 24-hour time, in the appointment's zone (never the server's, never UTC). The
 * Gregorian calendar always: Persian locales default to the Solar Hijri one,
 * but the appointment letters and the office's signs use Gregorian dates.
 */
export function formatWhen(instant: string, timeZone: string, language: MessageLanguage): string {
  const local = DateTime.fromISO(instant, { zone: "utc" })
    .setZone(timeZone)
    .reconfigure({ locale: language, outputCalendar: "gregory" });
  const date = local.toLocaleString({ weekday: "long", day: "numeric", month: "long" });
  const time = local.toLocaleString({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return phrasesByLanguage[language].when(date, time);
}
