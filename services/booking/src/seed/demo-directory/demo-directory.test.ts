import { isSensitiveByDefault, ServiceKindSchema } from "@counselling/contracts";
import { locationsWhereCounsellorDelivers } from "../../domain/directory/counsellor-capability";
import { DirectorySchema, validateDirectoryReferences } from "../../domain/directory/directory";
import { demoDirectory, demoDirectoryInput } from "./index";

const { organisations, locations, services, counsellors, rooms, interpreters } = demoDirectory;

describe("demo directory", () => {
  it("parses with DirectorySchema and has no reference problems", () => {
    const parsed = DirectorySchema.safeParse(demoDirectoryInput);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(validateDirectoryReferences(demoDirectory)).toEqual([]);
  });

  it("uses every id once", () => {
    const ids = [...organisations, ...locations, ...services, ...counsellors, ...rooms, ...interpreters].map(
      (entry) => entry.id,
    );
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("has one organisation in each federal state of the region, with two locations each", () => {
    expect(organisations.map((organisation) => organisation.federalState).sort()).toEqual([
      "DE-SN",
      "DE-ST",
      "DE-TH",
    ]);
    for (const organisation of organisations) {
      const own = locations.filter((location) => location.organisationId === organisation.id);
      expect(own).toHaveLength(2);
      for (const location of own) expect(location.federalState).toBe(organisation.federalState);
    }
  });

  it("offers all twelve kinds of service somewhere", () => {
    const offered = new Set(services.map((service) => service.kind));
    expect([...offered].sort()).toEqual([...ServiceKindSchema.options].sort());
  });

  it("flags every service of a sensitive-by-default kind as sensitive", () => {
    const sensitiveKinds = services.filter((service) => isSensitiveByDefault(service.kind));
    expect(sensitiveKinds.map((service) => service.kind)).toEqual(
      expect.arrayContaining(["psychosocial_centre", "asylum_procedure_counselling"]),
    );
    for (const service of sensitiveKinds) expect(service).toMatchObject({ sensitive: true });
  });

  it("runs Respekt Coaches as a group session, longer than one-to-one counselling", () => {
    const groups = services.filter((service) => service.kind === "respect_coaches");
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) {
      expect(group.groupCapacity).toBeGreaterThanOrEqual(10);
      expect(group.defaultDurationMinutes).toBeGreaterThan(60);
    }
    const oneToOne = services.filter((service) => service.kind !== "respect_coaches");
    for (const service of oneToOne) expect(service.groupCapacity).toBeNull();
  });

  it("has a counsellor for every service at one of its locations", () => {
    const undeliverable = services
      .filter((service) =>
        counsellors.every((counsellor) => locationsWhereCounsellorDelivers(counsellor, service).length === 0),
      )
      .map((service) => service.id);
    expect(undeliverable).toEqual([]);
  });

  it("has two to four counsellors per organisation and one to three rooms per location", () => {
    for (const organisation of organisations) {
      const staff = counsellors.filter((counsellor) => counsellor.organisationId === organisation.id);
      expect(staff.length).toBeGreaterThanOrEqual(2);
      expect(staff.length).toBeLessThanOrEqual(4);
    }
    for (const location of locations) {
      const own = rooms.filter((room) => room.locationId === location.id);
      expect(own.length).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
    }
  });

  it("has a small network-wide interpreter pool, with dialects where they matter", () => {
    const pool = interpreters.filter((interpreter) => interpreter.organisationId === null);
    expect(pool.length).toBeGreaterThanOrEqual(2);
    expect(pool.flatMap((interpreter) => Object.values(interpreter.languages).flat())).toEqual(
      expect.arrayContaining(["Dari", "Levantine", "Sorani"]),
    );
  });
});
