import { hashPassword, passwordMatches } from "./password-hash";

describe("staff password hashes", () => {
  it("verifies the right password only, with a fresh salt each time", async () => {
    const stored = await hashPassword("correct horse");
    expect(stored).toMatch(/^scrypt\$[\w-]+\$[\w-]+$/);
    expect(await passwordMatches("correct horse", stored)).toBe(true);
    expect(await passwordMatches("correct hors", stored)).toBe(false);
    expect(await hashPassword("correct horse")).not.toBe(stored);
    expect(await passwordMatches("x", "plain-text")).toBe(false);
  });
});
