import { DirectorySchema } from "../../domain/directory/directory";
import {
  aDirectory,
  aLocation,
  anInterpreter,
  aRoom,
  aService,
} from "../../domain/directory/directory.mother";
import { bookableServiceSummaries } from "./bookable-service-summary";
import { ListBookableServices } from "./list-bookable-services.use-case";

const directory = DirectorySchema.parse(
  aDirectory({
    locations: [aLocation(), aLocation({ id: "loc-second", name: "Zweigstelle" })],
    services: [
      aService({
        languages: ["de", "ar"],
        channels: ["in_person", "phone"],
        locationIds: ["loc-test", "loc-second"],
      }),
      aService({
        id: "svc-video",
        kind: "psychosocial_centre",
        channels: ["video"],
        locationIds: ["loc-test"],
      }),
    ],
    rooms: [
      aRoom({ accessible: true }),
      aRoom({ id: "room-second", locationId: "loc-second", accessible: false }),
    ],
    interpreters: [
      anInterpreter({ languages: { ar: [], fa: ["Dari"] }, modes: ["in_person"] }),
      anInterpreter({
        id: "int-other-org",
        organisationId: "org-elsewhere",
        languages: { uk: [] },
        modes: ["phone"],
        locationIds: [],
      }),
    ],
  }),
);

describe("bookableServiceSummaries", () => {
  it("shows what a client picks a service by, with the organisation and the locations", () => {
    const [summary] = bookableServiceSummaries(directory);
    expect(summary).toMatchObject({
      id: "svc-test",
      languages: ["de", "ar"],
      channels: ["in_person", "phone"],
      durationMinutes: 45,
      groupCapacity: null,
      organisation: { id: "org-test", name: "Diakonisches Werk Testhausen (Test)" },
    });
    expect(summary!.locations.map((location) => [location.id, location.hasAccessibleRoom])).toEqual([
      ["loc-test", true],
      ["loc-second", false],
    ]);
  });

  it("adds the languages an allowed interpreter covers in one of the service's channels", () => {
    const [inPerson, video] = bookableServiceSummaries(directory);
    // Pool interpreter: fa for in-person (ar is spoken anyway); the other organisation's uk interpreter doesn't count.
    expect(inPerson!.interpreterLanguages).toEqual(["fa"]);
    expect(video!.interpreterLanguages).toEqual([]);
  });

  it("carries no staff data", () => {
    const text = JSON.stringify(bookableServiceSummaries(directory));
    expect(text).not.toContain("cns-test");
    expect(text).not.toContain("Test C.");
  });

  it("says which services get discreet texts, so the booking form can ask whether an SMS may name it", () => {
    const summaries = bookableServiceSummaries(directory);
    expect(summaries.map((summary) => [summary.kind, summary.sensitive])).toContainEqual([
      "psychosocial_centre",
      true,
    ]);
  });
});

describe("ListBookableServices", () => {
  it("narrows to the client's language (with an interpreter too) and to a kind", () => {
    const list = new ListBookableServices({ snapshot: () => directory });
    expect(list.execute().map((service) => service.id)).toEqual(["svc-test", "svc-video"]);
    expect(list.execute({ language: "fa" }).map((service) => service.id)).toEqual(["svc-test"]);
    expect(list.execute({ kind: "psychosocial_centre" }).map((service) => service.id)).toEqual(["svc-video"]);
    expect(list.execute({ language: "uk" })).toEqual([]);
  });
});
