import { hashManageToken, manageTokenMatches, newManageToken } from "./manage-token";

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
