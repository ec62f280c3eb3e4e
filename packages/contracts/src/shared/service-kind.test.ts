import {
  isSensitiveByDefault,
  sensitiveByDefaultServiceKinds,
  serviceKindInfo,
  ServiceKindSchema,
} from "./service-kind";

describe("ServiceKind", () => {
  it("has the twelve kinds of the seed catalogue, each with both labels", () => {
    expect(ServiceKindSchema.options).toHaveLength(12);
    for (const kind of ServiceKindSchema.options) {
      expect(serviceKindInfo[kind].labelDe).not.toBe("");
      expect(serviceKindInfo[kind].labelEn).not.toBe("");
    }
  });

  it("treats therapy, asylum and return services as sensitive by default", () => {
    expect([...sensitiveByDefaultServiceKinds].sort()).toEqual([
      "asylum_procedure_counselling",
      "psychosocial_centre",
      "voluntary_return_counselling",
    ]);
    expect(isSensitiveByDefault("adult_migration_counselling")).toBe(false);
  });

  it("rejects unknown codes", () => {
    expect(ServiceKindSchema.safeParse("mbe").success).toBe(false);
  });
});
