import { anAcceptedReferral, aSentReferral } from "../referral/referral.mother";
import { type InboxScope, isInInbox } from "./inbox-scope";

const psz: InboxScope = {
  organisationId: "organisation-psz",
  serviceKind: "psychosocial_centre",
  locationId: "location-psz-leipzig",
  federalState: "DE-SN",
};

describe("inbox scope", () => {
  it("holds referrals to this organisation and location, of this kind", () => {
    expect(isInInbox(aSentReferral(), psz)).toBe(true);
    expect(isInInbox(aSentReferral(), { ...psz, locationId: "location-psz-dresden" })).toBe(false);
    expect(isInInbox(aSentReferral(), { ...psz, organisationId: "organisation-other" })).toBe(false);
    expect(isInInbox(aSentReferral(), { ...psz, serviceKind: "asylum_procedure_counselling" })).toBe(false);
  });

  it("holds region-wide referrals of its Land until some organisation accepts", () => {
    const region = {
      ...aSentReferral(),
      to: {
        scope: "region" as const,
        serviceKind: "psychosocial_centre" as const,
        federalState: "DE-SN" as const,
        nearPostalCode: null,
      },
    };
    expect(isInInbox(region, { ...psz, organisationId: "organisation-other" })).toBe(true);
    expect(isInInbox(region, { ...psz, federalState: "DE-TH" })).toBe(false);
    const accepted = {
      ...region,
      status: "accepted" as const,
      receiver: { organisationId: "organisation-psz", serviceId: "s", locationId: null, counsellorId: null },
    };
    expect(isInInbox(accepted, psz)).toBe(true);
    expect(isInInbox(accepted, { ...psz, organisationId: "organisation-other" })).toBe(false);
  });

  it("drops drafts and final referrals", () => {
    expect(isInInbox({ ...anAcceptedReferral(), status: "closed" }, psz)).toBe(false);
    expect(isInInbox({ ...aSentReferral(), status: "draft" }, psz)).toBe(false);
  });
});
