import {
  hashManageToken,
  manageLinkExpired,
  manageLinkExpiresAt,
  manageTokenMatches,
  newManageToken,
} from "./manage-token";

describe("manage token", () => {
  it("has at least 128 bits of entropy and is URL-safe", () => {
    const { token } = newManageToken();
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it("is stored only as a hash and matches only itself", () => {
    const first = newManageToken();
    const second = newManageToken();
    expect(first.hash).not.toContain(first.token);
    expect(first.hash).toBe(hashManageToken(first.token));
    expect(manageTokenMatches(first.token, first.hash)).toBe(true);
    expect(manageTokenMatches(second.token, first.hash)).toBe(false);
    expect(manageTokenMatches("", first.hash)).toBe(false);
  });
});

describe("manage link lifetime", () => {
  const endsAt = "2026-11-30T09:00:00.000Z";

  it("lasts until the appointment's end plus the grace days", () => {
    expect(manageLinkExpiresAt(endsAt, 14).toISOString()).toBe("2026-12-14T09:00:00.000Z");
    expect(manageLinkExpiresAt(new Date(endsAt), 0).toISOString()).toBe(endsAt);
  });

  it("is accepted before that instant and expired from it on", () => {
    expect(manageLinkExpired(endsAt, 14, new Date("2026-11-25T10:00:00Z"))).toBe(false);
    expect(manageLinkExpired(endsAt, 14, new Date("2026-12-14T08:59:59.999Z"))).toBe(false);
    expect(manageLinkExpired(endsAt, 14, new Date("2026-12-14T09:00:00.000Z"))).toBe(true);
    expect(manageLinkExpired(endsAt, 0, new Date("2026-11-30T09:00:01Z"))).toBe(true);
  });
});
