import type {
  DatedException,
  Directory,
  DirectoryCounsellor,
  DirectoryInterpreter,
  DirectoryLocation,
  DirectoryRoom,
  DirectoryService,
  TimeRange,
} from "./directory-edits";
import { requiredTextLanguages } from "./multilingual-text";

/** What is wrong with a field, as a key of `admin.rules` (translated by the page) and its values. */
export type RuleKey =
  | "required"
  | "postalCode"
  | "minutes"
  | "range"
  | "groupCapacity"
  | "chooseOne"
  | "timeInvalid"
  | "endAfterStart"
  | "overlap"
  | "overlapAcrossOffices"
  | "dateInvalid"
  | "dateRepeated"
  | "dateTimeInvalid"
  | "openDayNeedsTime"
  | "inPersonNeedsOffice"
  | "officesOnlyInPerson";

/**
 * One field of one entry that booking would refuse. `field` is the path inside the entry
 * as booking names it ("defaultDurationMinutes", "address.postalCode", "absences.0.end"),
 * so the form can put the message next to the field it belongs to.
 */
export interface FieldProblem {
  entryId: string;
  field: string;
  rule: RuleKey;
  values?: Record<string, number>;
}

/**
 * Booking's rules for single fields, checked before saving. Booking checks them again,
 * but its input check answers with bare English sentences that name no field (zod's
 * flattened errors), so the form checks first: every problem then stands next to its
 * field, in the admin's language. Whether the entries fit together (rooms for a service,
 * hours at a counsellor's offices) is still booking's to say.
 */
export function checkDirectory(directory: Directory): FieldProblem[] {
  return [
    ...directory.services.flatMap(checkService),
    ...directory.locations.flatMap(checkLocation),
    ...directory.counsellors.flatMap(checkCounsellor),
    ...directory.rooms.flatMap(checkRoom),
    ...directory.interpreters.flatMap(checkInterpreter),
  ];
}

type Problem = Omit<FieldProblem, "entryId">;

const withEntry =
  (entryId: string) =>
  (problem: Problem): FieldProblem => ({ entryId, ...problem });

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function required(field: string, value: string): Problem[] {
  return value.trim() ? [] : [{ field, rule: "required" }];
}

function chooseOne(field: string, values: readonly unknown[]): Problem[] {
  return values.length > 0 ? [] : [{ field, rule: "chooseOne" }];
}

/** German and English must be there; any other translation given must not be blank. */
function translations(field: string, text: Partial<Record<string, string>> | undefined): Problem[] {
  const languages = [...new Set([...requiredTextLanguages, ...Object.keys(text ?? {})])];
  return languages.flatMap((language) => required(`${field}.${language}`, text?.[language] ?? ""));
}

/** Minutes on the calendar: whole, in range, and multiples of five (booking claims time in 5-minute units). */
function minutes(field: string, value: number, min: number, max: number): Problem[] {
  const fits = Number.isInteger(value) && value >= min && value <= max && value % 5 === 0;
  return fits ? [] : [{ field, rule: "minutes", values: { min, max } }];
}

function wholeNumber(field: string, value: number, min: number, max: number): Problem[] {
  const fits = Number.isInteger(value) && value >= min && value <= max;
  return fits ? [] : [{ field, rule: "range", values: { min, max } }];
}

/** Each range's times and order; then, if all are fine, whether two on the same day overlap. */
function timeRanges(
  prefix: string,
  ranges: readonly TimeRange[],
  dayOf: (index: number) => number,
): Problem[] {
  const problems = ranges.flatMap((range, index): Problem[] => {
    const invalid = [
      ...(TIME.test(range.start)
        ? []
        : [{ field: `${prefix}.${index}.start`, rule: "timeInvalid" as const }]),
      ...(TIME.test(range.end) ? [] : [{ field: `${prefix}.${index}.end`, rule: "timeInvalid" as const }]),
    ];
    if (invalid.length > 0) return invalid;
    return range.end > range.start ? [] : [{ field: `${prefix}.${index}.end`, rule: "endAfterStart" }];
  });
  if (problems.length > 0) return problems;
  return overlaps(ranges, dayOf) ? [{ field: prefix, rule: "overlap" }] : [];
}

/** Zero-padded "HH:mm" compares like times: sorted by start, a range starting before the previous ends overlaps it. */
function overlaps(ranges: readonly TimeRange[], dayOf: (index: number) => number): boolean {
  const byDay = new Map<number, TimeRange[]>();
  ranges.forEach((range, index) => byDay.set(dayOf(index), [...(byDay.get(dayOf(index)) ?? []), range]));
  return [...byDay.values()].some((day) => {
    const sorted = [...day].sort((a, b) => a.start.localeCompare(b.start));
    return sorted.some((range, index) => index > 0 && range.start < (sorted[index - 1]?.end ?? ""));
  });
}

function weeklyHours(prefix: string, hours: ReadonlyArray<TimeRange & { weekday: number }>): Problem[] {
  return timeRanges(prefix, hours, (index) => hours[index]?.weekday ?? 0);
}

function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

function datedExceptions(prefix: string, exceptions: readonly DatedException[]): Problem[] {
  return exceptions.flatMap((exception, index): Problem[] => {
    const at = `${prefix}.${index}`;
    const date: Problem[] = !isDate(exception.date)
      ? [{ field: `${at}.date`, rule: "dateInvalid" }]
      : exceptions.findIndex((other) => other.date === exception.date) < index
        ? [{ field: `${at}.date`, rule: "dateRepeated" }]
        : [];
    if (!exception.open) return date;
    const intervals: Problem[] =
      exception.intervals.length === 0
        ? [{ field: `${at}.intervals`, rule: "openDayNeedsTime" }]
        : timeRanges(`${at}.intervals`, exception.intervals, () => 0);
    return [...date, ...intervals];
  });
}

function checkService(service: DirectoryService): FieldProblem[] {
  return [
    ...translations("name", service.name),
    ...translations("description", service.description),
    ...chooseOne("locationIds", service.locationIds),
    ...chooseOne("languages", service.languages),
    ...chooseOne("channels", service.channels),
    ...minutes("defaultDurationMinutes", service.defaultDurationMinutes, 5, 480),
    ...minutes("bufferBeforeMinutes", service.bufferBeforeMinutes, 0, 120),
    ...minutes("bufferAfterMinutes", service.bufferAfterMinutes, 0, 120),
    ...minutes("slotStepMinutes", service.slotStepMinutes, 5, 240),
    ...wholeNumber("horizonDays", service.horizonDays, 1, 365),
    ...wholeNumber("minimumNoticeMinutes", service.minimumNoticeMinutes, 0, 14 * 24 * 60),
    ...(service.referralAcceptWithinWorkingDays === undefined
      ? []
      : wholeNumber("referralAcceptWithinWorkingDays", service.referralAcceptWithinWorkingDays, 1, 60)),
    ...(service.groupCapacity === null ||
    service.groupCapacity === undefined ||
    (Number.isInteger(service.groupCapacity) && service.groupCapacity >= 2 && service.groupCapacity <= 100)
      ? []
      : [{ field: "groupCapacity", rule: "groupCapacity" as const }]),
  ].map(withEntry(service.id));
}

function checkLocation(location: DirectoryLocation): FieldProblem[] {
  return [
    ...required("name", location.name),
    ...required("address.street", location.address.street),
    ...(/^\d{5}$/.test(location.address.postalCode)
      ? []
      : [{ field: "address.postalCode", rule: "postalCode" as const }]),
    ...required("address.city", location.address.city),
    ...weeklyHours("openingHours", location.openingHours),
    ...datedExceptions("exceptions", location.exceptions),
    ...translations("accessibilityNotes", location.accessibilityNotes),
    ...(location.publicTransportHint
      ? translations("publicTransportHint", location.publicTransportHint)
      : []),
  ].map(withEntry(location.id));
}

function checkCounsellor(counsellor: DirectoryCounsellor): FieldProblem[] {
  const perOffice = counsellor.weeklyHours.flatMap((entry, index) => [
    ...weeklyHours(`weeklyHours.${index}.hours`, entry.hours),
    ...datedExceptions(`weeklyHours.${index}.exceptions`, entry.exceptions ?? []),
  ]);
  // One person can't be at two offices at once (checked once each office's own hours are fine).
  const allHours = counsellor.weeklyHours.flatMap((entry) => entry.hours);
  const acrossOffices: Problem[] =
    perOffice.length === 0 && overlaps(allHours, (index) => allHours[index]?.weekday ?? 0)
      ? [{ field: "weeklyHours", rule: "overlapAcrossOffices" }]
      : [];
  const absences = (counsellor.absences ?? []).flatMap((absence, index): Problem[] => {
    const start = Date.parse(absence.start);
    const end = Date.parse(absence.end);
    const invalid: Problem[] = [
      ...(Number.isNaN(start)
        ? [{ field: `absences.${index}.start`, rule: "dateTimeInvalid" as const }]
        : []),
      ...(Number.isNaN(end) ? [{ field: `absences.${index}.end`, rule: "dateTimeInvalid" as const }] : []),
    ];
    if (invalid.length > 0) return invalid;
    return end > start ? [] : [{ field: `absences.${index}.end`, rule: "endAfterStart" }];
  });
  return [
    ...required("displayName", counsellor.displayName),
    ...chooseOne("languages", counsellor.languages),
    ...chooseOne("channels", counsellor.channels),
    ...perOffice,
    ...acrossOffices,
    ...absences,
  ].map(withEntry(counsellor.id));
}

function checkRoom(room: DirectoryRoom): FieldProblem[] {
  return [...required("name", room.name), ...wholeNumber("capacity", room.capacity, 1, 200)].map(
    withEntry(room.id),
  );
}

function checkInterpreter(interpreter: DirectoryInterpreter): FieldProblem[] {
  const inPerson = interpreter.modes.includes("in_person");
  const offices: Problem[] =
    inPerson && interpreter.locationIds.length === 0
      ? [{ field: "locationIds", rule: "inPersonNeedsOffice" }]
      : !inPerson && interpreter.locationIds.length > 0
        ? [{ field: "locationIds", rule: "officesOnlyInPerson" }]
        : [];
  return [
    ...required("displayName", interpreter.displayName),
    ...chooseOne("languages", Object.keys(interpreter.languages)),
    ...chooseOne("modes", interpreter.modes),
    ...offices,
  ].map(withEntry(interpreter.id));
}
