import { ReferralGrants, StaffTokens } from "@counselling/platform";
import { aDraft } from "../../../domain/referral/referral.mother";
import type { Referral } from "../../../domain/referral/referral";
import { ReferralGrantIssuer } from "./referral-grant-issuer";

const secret = "referral-grant-issuer-secret-that-is-long-enough";
const staffTokens = new StaffTokens(secret);
const grants = new ReferralGrants(secret);

/** The issuer over the given stored referrals. */
const issuerOver = (...stored: Referral[]) =>
  new ReferralGrantIssuer({
    referrals: {
      findById: (id) => Promise.resolve(stored.find((referral) => referral.referralId === id) ?? null),
    },
    staffTokens,
    grants,
  });

describe("the referral grant that goes with a hold", () => {
  const counsellorToken = () =>
    staffTokens.issue({
      staffId: "counsellor-mbe-01",
      role: "counsellor",
      organisationId: "organisation-halle",
      locationIds: [],
    });

  it("names the referral, the staff member of the passed-on token and where the referral goes", async () => {
    const token = await issuerOver(aDraft()).grantFor("referral-0001", {
      bearerToken: await counsellorToken(),
    });
    await expect(grants.verify(token)).resolves.toEqual({
      referralId: "referral-0001",
      staffId: "counsellor-mbe-01",
      serviceKind: "psychosocial_centre",
      to: { organisationId: "organisation-psz", federalState: "DE-SN" },
    });
  });

  it("names no organisation for a region-wide referral, only its Land", async () => {
    const regionWide = aDraft({
      to: {
        scope: "region",
        serviceKind: "psychosocial_centre",
        federalState: "DE-ST",
        nearPostalCode: null,
      },
    });
    const token = await issuerOver(regionWide).grantFor("referral-0001", {
      bearerToken: await counsellorToken(),
    });
    await expect(grants.verify(token)).resolves.toMatchObject({
      to: { organisationId: null, federalState: "DE-ST" },
    });
  });

  it("grants nothing for an unknown referral or without a valid staff token", async () => {
    await expect(
      issuerOver().grantFor("referral-0001", { bearerToken: await counsellorToken() }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      issuerOver(aDraft()).grantFor("referral-0001", { bearerToken: "not-a-token" }),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});
