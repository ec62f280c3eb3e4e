import { aReferralSentData, aReferralSentEvent, aSealedLegalDeadline } from "../../testing";
import { ReferralSentV1 } from "./referral-sent.v1";
import { categoriesPresentIn } from "./shared-client-data";

function issuesOf(data: unknown): { path: string; message: string }[] {
  const result = ReferralSentV1.data.safeParse(data);
  return (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
}

describe("referral.sent v1", () => {
  it("accepts the object mother's event", () => {
    expect(ReferralSentV1.envelope.safeParse(aReferralSentEvent()).success).toBe(true);
  });

  it("refuses a category the consent does not release", () => {
    const base = aReferralSentData();
    const issues = issuesOf({
      ...base,
      sharedData: { ...base.sharedData, categories: ["contact", "language", "health_notes"] },
    });
    expect(issues).toEqual([
      {
        path: "sharedData.categories",
        message: expect.stringContaining("consent does not release") as string,
      },
    ]);
  });

  it("accepts a referral that releases no personal data at all", () => {
    const base = aReferralSentData();
    const anonymous = {
      ...base,
      consent: { ...base.consent, dataCategories: [] },
      sharedData: { ...base.sharedData, categories: [] },
    };
    expect(issuesOf(anonymous)).toEqual([]);
  });

  it("may release fewer categories than consented", () => {
    const base = aReferralSentData();
    expect(issuesOf({ ...base, sharedData: { ...base.sharedData, categories: ["contact"] } })).toEqual([]);
  });

  it("accepts a named organisation as recipient, with a legal deadline", () => {
    const data = aReferralSentData({
      to: {
        scope: "organisation",
        serviceKind: "asylum_procedure_counselling",
        organisationId: "organisation-leipzig",
        locationId: null,
        serviceId: null,
        federalState: "DE-SN",
      },
      reasonCode: "asylum_procedure",
      urgency: "urgent",
      legalDeadline: aSealedLegalDeadline(),
    });
    expect(issuesOf(data)).toEqual([]);
  });

  it("refuses a legal deadline whose description is not sealed", () => {
    const plain = aSealedLegalDeadline({ sealedDescription: "Klagefrist gegen Asylbescheid" });
    expect(issuesOf(aReferralSentData({ legalDeadline: plain })).map((issue) => issue.path)).toEqual([
      "legalDeadline.sealedDescription",
    ]);
    const old = { dueOn: "2026-04-03", description: "Klagefrist gegen Asylbescheid" };
    expect(issuesOf(aReferralSentData({ legalDeadline: old as never })).map((issue) => issue.path)).toEqual([
      "legalDeadline.sealedDescription",
    ]);
  });

  it("rejects a consent that ends before it was given, or lists a category twice", () => {
    const base = aReferralSentData();
    expect(issuesOf({ ...base, consent: { ...base.consent, expiresAt: "2026-03-19T09:00:00Z" } })).toEqual([
      { path: "consent.expiresAt", message: "expiresAt must be after givenAt" },
    ]);
    expect(
      issuesOf({ ...base, consent: { ...base.consent, dataCategories: ["contact", "contact", "language"] } }),
    ).toEqual([{ path: "consent.dataCategories", message: "categories must be unique" }]);
  });

  it("rejects an organisation recipient without its Land (its holidays count for the deadline)", () => {
    const to = {
      scope: "organisation",
      serviceKind: "psychosocial_centre",
      organisationId: "organisation-leipzig",
      locationId: null,
      serviceId: null,
    };
    expect(issuesOf(aReferralSentData({ to: to as never })).map((issue) => issue.path)).toContain(
      "to.federalState",
    );
  });

  it("rejects a region recipient without a federal state", () => {
    expect(
      issuesOf(
        aReferralSentData({ to: { scope: "region", serviceKind: "psychosocial_centre" } as never }),
      ).map((issue) => issue.path),
    ).toContain("to.federalState");
  });
});

describe("categoriesPresentIn", () => {
  it("lists exactly the released categories that have a value", () => {
    expect(
      categoriesPresentIn({ contact: { name: "A", phone: null, note: null }, health_notes: undefined }),
    ).toEqual(["contact"]);
  });
});
