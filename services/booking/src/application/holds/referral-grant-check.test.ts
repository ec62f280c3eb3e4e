import { ReferralGrants, type StaffPrincipal } from "@counselling/platform";
import { DirectorySchema } from "../../domain/directory/directory";
import { aDirectory, aLocation } from "../../domain/directory/directory.mother";
import { assertReferralGrantFits, type GrantedHold } from "./referral-grant-check";

const grants = new ReferralGrants("referral-grant-check-secret-that-is-long-enough");
const referrer: StaffPrincipal = {
  staffId: "staff-rolf",
  role: "counsellor",
  organisationId: "org-elsewhere",
  locationIds: [],
};
const directory = DirectorySchema.parse(aDirectory());
const hold: GrantedHold = {
  referralId: "ref-1",
  staff: referrer,
  service: directory.services[0]!,
  location: directory.locations[0]!,
};
/** A grant for exactly this hold: the test service's kind at its organisation (in Saxony). */
const fitting = {
  referralId: "ref-1",
  staffId: "staff-rolf",
  serviceKind: "adult_migration_counselling" as const,
  to: { organisationId: "org-test", federalState: "DE-SN" as const },
};

describe("a referral grant for a hold across organisations", () => {
  it("lets a grant for this referral, staff member, kind and organisation through", async () => {
    await expect(assertReferralGrantFits(grants, await grants.issue(fitting), hold)).resolves.toBeUndefined();
  });

  it("lets a region-wide grant through at a location in its Land, and not elsewhere", async () => {
    const regionWide = await grants.issue({
      ...fitting,
      to: { organisationId: null, federalState: "DE-SN" },
    });
    await expect(assertReferralGrantFits(grants, regionWide, hold)).resolves.toBeUndefined();
    const inThuringia = { ...hold, location: aLocation({ federalState: "DE-TH" }) };
    await expect(assertReferralGrantFits(grants, regionWide, inThuringia)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "referral_grant_mismatch",
    });
    await expect(
      assertReferralGrantFits(grants, regionWide, { ...hold, location: undefined }),
    ).rejects.toMatchObject({ reason: "referral_grant_mismatch" });
  });

  it("refuses a hold without a grant, and a grant that is not valid", async () => {
    await expect(assertReferralGrantFits(grants, null, hold)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "referral_grant_missing",
    });
    const forged = await new ReferralGrants("someone-elses-secret-that-is-long-enough").issue(fitting);
    await expect(assertReferralGrantFits(grants, forged, hold)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "referral_grant_invalid",
    });
  });

  it.each([
    ["another referral", { referralId: "ref-2" }],
    ["another staff member", { staffId: "staff-x" }],
    ["another kind of service", { serviceKind: "psychosocial_centre" as const }],
    ["another organisation", { to: { organisationId: "org-other", federalState: "DE-SN" as const } }],
  ])("refuses a grant for %s", async (_what, change) => {
    const token = await grants.issue({ ...fitting, ...change });
    await expect(assertReferralGrantFits(grants, token, hold)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "referral_grant_mismatch",
    });
  });
});
