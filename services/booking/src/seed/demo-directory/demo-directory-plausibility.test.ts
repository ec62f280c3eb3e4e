import type { Language } from "@counselling/contracts";
import { locationsWhereCounsellorDelivers } from "../../domain/directory/counsellor-capability";
import type { Service } from "../../domain/directory/service";
import { demoDirectory } from "./index";

// What makes the demo believable beyond being valid: what a service promises, its staff can keep.
const { locations, services, counsellors, rooms, interpreters } = demoDirectory;

function languagesServedFor(service: Service): Set<Language> {
  const staff = counsellors.filter(
    (counsellor) => locationsWhereCounsellorDelivers(counsellor, service).length > 0,
  );
  const interpreted = interpreters
    .filter(
      (interpreter) =>
        interpreter.organisationId === null || interpreter.organisationId === service.organisationId,
    )
    .filter(
      (interpreter) =>
        interpreter.modes.some((mode) => mode !== "in_person") ||
        interpreter.locationIds.some((locationId) => service.locationIds.includes(locationId)),
    )
    .flatMap((interpreter) => Object.keys(interpreter.languages) as Language[]);
  return new Set([...staff.flatMap((counsellor) => counsellor.languages), ...interpreted]);
}

describe("demo directory plausibility", () => {
  it.each(services.map((service) => [service.id, service] as const))(
    "%s: every language offered is spoken by its staff or an interpreter who can join",
    (_id, service) => {
      const served = languagesServedFor(service);
      expect(service.languages.filter((language) => !served.has(language))).toEqual([]);
    },
  );

  it.each(services.map((service) => [service.id, service] as const))(
    "%s: texts are in German, English and languages the service is offered in",
    (_id, service) => {
      const expected = new Set<string>(["de", "en", ...service.languages]);
      const written = [...Object.keys(service.name), ...Object.keys(service.description)];
      expect(written.filter((language) => !expected.has(language))).toEqual([]);
    },
  );

  it("keeps every counsellor's hours inside the opening hours of the location", () => {
    const outside = counsellors.flatMap((counsellor) =>
      counsellor.weeklyHours.flatMap(({ locationId, hours }) => {
        const opening = locations.find((location) => location.id === locationId)?.openingHours ?? [];
        return hours
          .filter(
            (interval) =>
              !opening.some(
                (open) =>
                  open.weekday === interval.weekday &&
                  open.start <= interval.start &&
                  interval.end <= open.end,
              ),
          )
          .map((interval) => `${counsellor.id} ${locationId} ${interval.weekday} ${interval.start}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  it("has a room usable with a wheelchair at every location", () => {
    const withoutAccessibleRoom = locations
      .filter((location) => !rooms.some((room) => room.locationId === location.id && room.accessible))
      .map((location) => location.id);
    expect(withoutAccessibleRoom).toEqual([]);
  });

  it("opens on weekdays only, and not the same hours every day (a long Thursday, a short Friday …)", () => {
    for (const location of locations) {
      const weekdays = [...new Set(location.openingHours.map((interval) => interval.weekday))];
      expect(weekdays.every((weekday) => weekday <= 5)).toBe(true);
      const dayShapes = weekdays.map((weekday) =>
        location.openingHours
          .filter((interval) => interval.weekday === weekday)
          .map((interval) => `${interval.start}-${interval.end}`)
          .sort()
          .join(","),
      );
      expect(new Set(dayShapes).size).toBeGreaterThan(1);
    }
  });
});
