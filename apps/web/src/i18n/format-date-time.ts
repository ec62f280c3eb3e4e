/**
 * Dates and times as a client in Germany needs them: always Berlin time (where the office
 * is), in the words of the client's language, but with the Gregorian calendar and Latin
 * digits for every language, so a time reads the same as on the office's letters,
 * the SMS and the door sign (Farsi would default to the Persian calendar, Arabic to
 * Arabic-Indic digits).
 */
export const OFFICE_TIME_ZONE = "Europe/Berlin";

function localeTag(language: string): string {
  return `${language}-u-ca-gregory-nu-latn`;
}

export function formatDay(instant: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    timeZone: OFFICE_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(new Date(instant));
}

export function formatTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    timeZone: OFFICE_TIME_ZONE,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(instant));
}

export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    timeZone: OFFICE_TIME_ZONE,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(instant));
}

/** Date and time to the second, short ("25.11.2026, 14:30:05"): for lists of records such as an access log. */
export function formatTimestamp(instant: string, language: string): string {
  return new Intl.DateTimeFormat(localeTag(language), {
    timeZone: OFFICE_TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(new Date(instant));
}

/** The Berlin calendar day of an instant as YYYY-MM-DD (grouping key and reception's date). */
export function berlinDateOf(instant: string | Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: OFFICE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(typeof instant === "string" ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((entry) => entry.type === type)?.value;
  return `${part("year") ?? ""}-${part("month") ?? ""}-${part("day") ?? ""}`;
}

/** A language's name in the reader's language ("Farsi" in English, "فارسی" in Farsi). */
export function languageName(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Berlin's wall clock of an instant as a datetime-local value ("2026-03-29T14:05"). */
export function berlinDateTimeLocalOf(instant: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: OFFICE_TIME_ZONE,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}`;
}

/**
 * The instant of a Berlin wall-clock time ("2026-03-29T14:05"), whatever the browser's own
 * time zone: staff enter office times. Berlin's offset at that moment is found by
 * formatting a first guess back (two rounds settle the daylight-saving switches).
 */
export function instantOfBerlinWallClock(local: string): Date {
  const wanted = Date.parse(`${local}Z`);
  let instant = wanted;
  for (let round = 0; round < 2; round++) {
    const shown = Date.parse(`${berlinDateTimeLocalOf(new Date(instant))}Z`);
    instant += wanted - shown;
  }
  return new Date(instant);
}
