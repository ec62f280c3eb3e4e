import type { EditableDirectory } from "../../api/service-types";
import { isSensitiveKind } from "../../client/booking/booking-draft";

/** The directory as the admin form edits it (booking's save input). */
export type Directory = EditableDirectory;
export type DirectoryService = Directory["services"][number];
export type DirectoryLocation = Directory["locations"][number];
export type DirectoryCounsellor = Directory["counsellors"][number];
export type DirectoryRoom = Directory["rooms"][number];
export type DirectoryInterpreter = Directory["interpreters"][number];
export type WeeklyInterval = DirectoryLocation["openingHours"][number];
export type DatedException = DirectoryLocation["exceptions"][number];
export type TimeRange = Extract<DatedException, { open: true }>["intervals"][number];
export type CounsellorHours = DirectoryCounsellor["weeklyHours"][number];
export type Absence = NonNullable<DirectoryCounsellor["absences"]>[number];
export type MultilingualText = DirectoryService["name"];
export type ServiceKind = DirectoryService["kind"];
export type FederalState = DirectoryLocation["federalState"];
export type DirectoryLanguage = DirectoryService["languages"][number];
export type DirectoryChannel = DirectoryService["channels"][number];

/** Every language the network serves (booking's LanguageSchema), in its order. */
export const directoryLanguages = [
  "de",
  "en",
  "ar",
  "fa",
  "uk",
  "ru",
  "tr",
  "ti",
  "ps",
  "ku",
  "so",
  "fr",
] as const satisfies readonly DirectoryLanguage[];

export const directoryChannels = [
  "in_person",
  "phone",
  "video",
] as const satisfies readonly DirectoryChannel[];

/** A list with one entry replaced (the form's edits never mutate what React holds). */
export function replaceAt<T>(list: readonly T[], index: number, entry: T): T[] {
  return list.map((current, at) => (at === index ? entry : current));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, at) => at !== index);
}

/** A value added to or taken from a list without repeats, keeping the list's order. */
export function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((entry) => entry !== value);
}

/** A new room's id: the location's name part and a short random suffix ("room-halle-sued-4f2a"). */
export function newRoomId(locationId: string, random: () => number = Math.random): string {
  const suffix = Math.floor(random() * 0xffff)
    .toString(16)
    .padStart(4, "0");
  return `room-${locationId.replace(/^loc-/, "")}-${suffix}`;
}

/** The kinds of entry an admin adds by id, with booking's id prefix for each. */
export const entryIdPrefixes = {
  location: "loc",
  service: "svc",
  counsellor: "cns",
  interpreter: "int",
} as const;
export type AddableEntry = keyof typeof entryIdPrefixes;

/**
 * Why an id cannot be a new entry's: not booking's form for that kind ("cns-", then
 * lower-case words and digits joined by single hyphens), or already used in this
 * organisation's directory; null when it can be. Booking also checks the whole network.
 */
export function entryIdProblem(
  kind: AddableEntry,
  id: string,
  takenIds: ReadonlySet<string>,
): "invalid" | "taken" | null {
  const pattern = new RegExp(`^${entryIdPrefixes[kind]}-[a-z0-9]+(?:-[a-z0-9]+)*$`);
  if (!pattern.test(id)) return "invalid";
  return takenIds.has(id) ? "taken" : null;
}

/** Every id in the organisation's slice: a new entry's id must be none of them. */
export function idsOf(directory: Directory): Set<string> {
  return new Set(
    [
      directory.organisation,
      ...directory.locations,
      ...directory.services,
      ...directory.counsellors,
      ...directory.rooms,
      ...directory.interpreters,
    ].map((entry) => entry.id),
  );
}

/**
 * A new office in the organisation's Land, Berlin time, with nothing else filled in: name,
 * address and opening hours are the admin's to write, and booking checks them on saving.
 */
export function newLocation(
  id: string,
  organisationId: string,
  federalState: DirectoryLocation["federalState"],
): DirectoryLocation {
  return {
    id,
    organisationId,
    name: "",
    address: { street: "", postalCode: "", city: "" },
    federalState,
    timeZone: "Europe/Berlin",
    openingHours: [],
    exceptions: [],
    accessibilityNotes: { de: "", en: "" },
  };
}

/** A new counsellor with only id and organisation: the admin fills in the rest, booking checks it on saving. */
export function newCounsellor(id: string, organisationId: string): DirectoryCounsellor {
  return {
    id,
    organisationId,
    displayName: "",
    serviceIds: [],
    languages: [],
    locationIds: [],
    weeklyHours: [],
    channels: ["in_person"],
    absences: [],
  };
}

/**
 * A new service of a kind, named after the kind, at the given offices, with the timing
 * most services of the network use (45 minutes, 15 minutes to write notes, six weeks ahead).
 * The description is left empty: it has to be written for clients, in plain words.
 */
export function newService(
  id: string,
  organisationId: string,
  kind: DirectoryService["kind"],
  name: { de: string; en: string },
  locationIds: readonly string[],
): DirectoryService {
  return {
    id,
    organisationId,
    kind,
    locationIds: [...locationIds],
    name,
    description: { de: "", en: "" },
    languages: ["de"],
    channels: ["in_person"],
    defaultDurationMinutes: 45,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    slotStepMinutes: 15,
    horizonDays: 42,
    minimumNoticeMinutes: 120,
    sensitive: isSensitiveKind(kind),
    groupCapacity: null,
    referralAcceptWithinWorkingDays: 10,
  };
}

/** A new interpreter of the organisation: by phone until the admin says otherwise (in person needs offices). */
export function newInterpreter(id: string, organisationId: string): DirectoryInterpreter {
  return { id, organisationId, displayName: "", languages: {}, modes: ["phone"], locationIds: [] };
}

/** The counsellor at other locations: weekly hours follow (a new location starts empty, a dropped one loses its hours). */
export function withLocations(
  counsellor: DirectoryCounsellor,
  locationIds: DirectoryCounsellor["locationIds"],
): DirectoryCounsellor {
  const weeklyHours = locationIds.map(
    (locationId) =>
      counsellor.weeklyHours.find((entry) => entry.locationId === locationId) ?? { locationId, hours: [] },
  );
  return { ...counsellor, locationIds, weeklyHours };
}
