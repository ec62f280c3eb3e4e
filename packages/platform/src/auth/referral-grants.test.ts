import { SignJWT } from "jose";
import type { ReferralGrant } from "./referral-grant";
import { ReferralGrants } from "./referral-grants";
import { StaffTokens } from "./staff-tokens";

const secret = "a-test-secret-that-is-long-enough-123";
const grant: ReferralGrant = {
  referralId: "ref-1",
  staffId: "staff-rolf",
  serviceKind: "psychosocial_centre",
  to: { organisationId: "org-saale-elbe", federalState: "DE-ST" },
};
const invalid = { code: "FORBIDDEN", reason: "referral_grant_invalid" };

describe("referral grants", () => {
  const grants = new ReferralGrants(secret);

  it("round-trips the grant, for an organisation and for a region", async () => {
    await expect(grants.verify(await grants.issue(grant))).resolves.toEqual(grant);
    const regionWide = { ...grant, to: { organisationId: null, federalState: "DE-SN" as const } };
    await expect(grants.verify(await grants.issue(regionWide))).resolves.toEqual(regionWide);
  });

  it("refuses an expired grant, one signed with another secret, and no JWT at all", async () => {
    await expect(grants.verify(await grants.issue(grant, -10))).rejects.toMatchObject(invalid);
    const forged = await new ReferralGrants("another-secret-that-is-long-enough-456").issue(grant);
    await expect(grants.verify(forged)).rejects.toMatchObject(invalid);
    await expect(grants.verify("not.a.jwt")).rejects.toMatchObject(invalid);
  });

  it("refuses a grant without its claims, even when it is signed with the secret", async () => {
    const bare = await new SignJWT({})
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("ref-1")
      .setIssuer("counselling-network")
      .setAudience("counselling-network/referral-grant")
      .setExpirationTime("60s")
      .sign(new TextEncoder().encode(secret));
    await expect(grants.verify(bare)).rejects.toMatchObject(invalid);
  });

  it("is never a staff token, and a staff token is never a grant (same secret, other audience)", async () => {
    const tokens = new StaffTokens(secret);
    const staffToken = await tokens.issue({
      staffId: "staff-rolf",
      role: "counsellor",
      organisationId: "org-elsewhere",
      locationIds: [],
    });
    await expect(grants.verify(staffToken)).rejects.toMatchObject(invalid);
    await expect(tokens.verify(await grants.issue(grant))).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "token_invalid",
    });
  });

  it("needs a secret of 32 bytes at least", () => {
    expect(() => new ReferralGrants("short")).toThrow();
  });
});
