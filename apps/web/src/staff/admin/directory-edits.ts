import type { EditableDirectory } from "../../api/service-types";

/** The directory as the admin form edits it (booking's save input). */
export type Directory = EditableDirectory;
export type DirectoryService = Directory["services"][number];
export type DirectoryLocation = Directory["locations"][number];
export type DirectoryCounsellor = Directory["counsellors"][number];
export type DirectoryRoom = Directory["rooms"][number];
export type DirectoryInterpreter = Directory["interpreters"][number];
export type WeeklyInterval = DirectoryLocation["openingHours"][number];
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

/** Booking's rule for counsellor ids: "cns-", then lower-case words and digits joined by single hyphens. */
const counsellorIdPattern = /^cns-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why an id cannot be a new counsellor's: not booking's form, or already in use; null when it can. */
export function counsellorIdProblem(
  id: string,
  counsellors: readonly DirectoryCounsellor[],
): "invalid" | "taken" | null {
  if (!counsellorIdPattern.test(id)) return "invalid";
  return counsellors.some((counsellor) => counsellor.id === id) ? "taken" : null;
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
  };
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

/**
 * The server's reasons why a save was refused, as lines: `details.problems` (the
 * directory does not fit together) or `details.issues` (single fields: with their path
 * from the use case, by top-level field from the router's input check).
 */
export function saveProblemsOf(details: unknown): string[] {
  if (typeof details !== "object" || details === null) return [];
  const { problems, issues } = details as { problems?: unknown; issues?: unknown };
  const lines: string[] = [];
  if (Array.isArray(problems)) lines.push(...problems.filter((entry) => typeof entry === "string"));
  if (Array.isArray(issues)) {
    for (const issue of issues as Array<{ path?: unknown; message?: unknown }>) {
      if (typeof issue.message !== "string") continue;
      lines.push(
        typeof issue.path === "string" && issue.path ? `${issue.path}: ${issue.message}` : issue.message,
      );
    }
  } else if (typeof issues === "object" && issues !== null) {
    // The router's own input check answers zod's flattened field errors: { field: [messages] }.
    for (const [field, messages] of Object.entries(issues)) {
      if (!Array.isArray(messages)) continue;
      for (const message of messages) if (typeof message === "string") lines.push(`${field}: ${message}`);
    }
  }
  return lines;
}
