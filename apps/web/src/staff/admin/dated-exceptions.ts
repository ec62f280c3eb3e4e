import type { DatedException } from "./directory-edits";

/** The calendar day after `date` (YYYY-MM-DD), counted in UTC so no time zone shifts it. */
function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * A new dated exception: closed, on the first day after `today` that has none yet (booking
 * allows one exception per date). The admin then picks the real date.
 */
export function newException(exceptions: readonly DatedException[], today: string): DatedException {
  const taken = new Set(exceptions.map((exception) => exception.date));
  let date = nextDay(today);
  while (taken.has(date)) date = nextDay(date);
  return { date, open: false };
}

/** The day closed, or open with its own hours (a morning to start with, when it had none). */
export function withOpen(exception: DatedException, open: boolean): DatedException {
  if (!open) return { date: exception.date, open: false };
  const intervals = exception.open ? exception.intervals : [{ start: "09:00", end: "12:00" }];
  return { date: exception.date, open: true, intervals };
}
