import { SignJWT } from "jose";
import { authorizeStaff } from "./authorize-staff";
import { StaffTokens } from "./staff-tokens";

const secret = "a-test-secret-that-is-long-enough-123";
const principal = {
  staffId: "staff-rita",
  role: "reception" as const,
  organisationId: "org-a",
  locationIds: ["loc-1"],
};

describe("staff tokens", () => {
  const tokens = new StaffTokens(secret);

  it("round-trips the principal", async () => {
    await expect(tokens.verify(await tokens.issue(principal))).resolves.toEqual(principal);
  });

  it("refuses missing, forged, expired and foreign tokens with UNAUTHENTICATED", async () => {
    await expect(tokens.verify(null)).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
      reason: "token_missing",
    });
    const forged = await new StaffTokens("another-secret-that-is-long-enough-456").issue(principal);
    await expect(tokens.verify(forged)).rejects.toMatchObject({ reason: "token_invalid" });
    const expired = await tokens.issue(principal, -10);
    await expect(tokens.verify(expired)).rejects.toMatchObject({ reason: "token_expired" });
    const noAudience = await new SignJWT({ role: "admin", organisationId: "org-a" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("staff-x")
      .sign(new TextEncoder().encode(secret));
    await expect(tokens.verify(noAudience)).rejects.toMatchObject({ reason: "token_invalid" });
    await expect(tokens.verify("not.a.jwt")).rejects.toMatchObject({ reason: "token_invalid" });
  });

  it("needs a secret of 32 bytes at least", () => {
    expect(() => new StaffTokens("short")).toThrow();
  });
});

describe("authorizeStaff", () => {
  it("allows the role within the organisation and its locations", () => {
    expect(() =>
      authorizeStaff(principal, ["reception"], { organisationId: "org-a", locationId: "loc-1" }),
    ).not.toThrow();
  });

  it("refuses another role, another organisation and another location", () => {
    expect(() => authorizeStaff(principal, ["admin"], { organisationId: "org-a" })).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", reason: "role_not_allowed" }) as Error,
    );
    expect(() => authorizeStaff(principal, ["reception"], { organisationId: "org-b" })).toThrow(
      expect.objectContaining({ reason: "out_of_scope" }) as Error,
    );
    expect(() =>
      authorizeStaff(principal, ["reception"], { organisationId: "org-a", locationId: "loc-2" }),
    ).toThrow(expect.objectContaining({ reason: "out_of_scope" }) as Error);
  });

  it("lets an unrestricted token act at every location of its organisation", () => {
    const wide = { ...principal, locationIds: [] };
    expect(() =>
      authorizeStaff(wide, ["reception"], { organisationId: "org-a", locationId: "loc-9" }),
    ).not.toThrow();
  });
});
