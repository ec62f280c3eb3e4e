// Test data builders (object mothers): one small, consistent directory that every
// test starts from, overriding only what it is about.
import type { Counsellor, CounsellorInput } from "./counsellor";
import type { DirectoryInput } from "./directory";
import type { Interpreter } from "./interpreter";
import type { Location } from "./location";
import type { Organisation } from "./organisation";
import type { Room } from "./room";
import type { ServiceInput } from "./service";

export function anOrganisation(overrides: Partial<Organisation> = {}): Organisation {
  return {
    id: "org-test",
    name: "Diakonisches Werk Testhausen (Test)",
    federalState: "DE-SN",
    website: "https://example.org",
    ...overrides,
  };
}

export function aLocation(overrides: Partial<Location> = {}): Location {
  return {
    id: "loc-test",
    organisationId: "org-test",
    name: "Beratungsstelle Testhausen",
    address: { street: "Probestraße 1", postalCode: "04109", city: "Testhausen" },
    federalState: "DE-SN",
    timeZone: "Europe/Berlin",
    openingHours: [
      { weekday: 1, start: "09:00", end: "12:00" },
      { weekday: 1, start: "13:00", end: "16:00" },
    ],
    exceptions: [{ date: "2026-12-24", open: false }],
    accessibilityNotes: { de: "Eingang ohne Stufen.", en: "Entrance without steps." },
    ...overrides,
  };
}

export function aService(overrides: Partial<ServiceInput> = {}): ServiceInput {
  return {
    id: "svc-test",
    organisationId: "org-test",
    kind: "adult_migration_counselling",
    locationIds: ["loc-test"],
    name: { de: "Migrationsberatung", en: "Migration counselling" },
    description: { de: "Wir helfen Ihnen.", en: "We help you." },
    languages: ["de", "en"],
    channels: ["in_person", "phone"],
    defaultDurationMinutes: 45,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 15,
    horizonDays: 42,
    minimumNoticeMinutes: 120,
    slotStepMinutes: 15,
    ...overrides,
  };
}

export function aCounsellor(overrides: Partial<CounsellorInput> = {}): Counsellor {
  const counsellor: CounsellorInput = {
    id: "cns-test",
    organisationId: "org-test",
    displayName: "Test C.",
    serviceIds: ["svc-test"],
    languages: ["de", "ar"],
    locationIds: ["loc-test"],
    weeklyHours: [{ locationId: "loc-test", hours: [{ weekday: 1, start: "09:00", end: "12:00" }] }],
    channels: ["in_person", "phone"],
    ...overrides,
  };
  return {
    ...counsellor,
    weeklyHours: counsellor.weeklyHours.map((entry) => ({ ...entry, exceptions: entry.exceptions ?? [] })),
    absences: counsellor.absences ?? [],
  };
}

export function aRoom(overrides: Partial<Room> = {}): Room {
  return {
    id: "room-test",
    locationId: "loc-test",
    name: "Raum 1",
    capacity: 4,
    accessible: true,
    ...overrides,
  };
}

export function anInterpreter(overrides: Partial<Interpreter> = {}): Interpreter {
  return {
    id: "int-test",
    organisationId: null,
    displayName: "Test I.",
    languages: { ar: ["Levantine"] },
    modes: ["in_person", "phone"],
    locationIds: ["loc-test"],
    ...overrides,
  };
}

/** One of everything, all fitting together. */
export function aDirectory(overrides: Partial<DirectoryInput> = {}): DirectoryInput {
  return {
    organisations: [anOrganisation()],
    locations: [aLocation()],
    services: [aService()],
    counsellors: [aCounsellor()],
    rooms: [aRoom()],
    interpreters: [anInterpreter()],
    ...overrides,
  };
}
