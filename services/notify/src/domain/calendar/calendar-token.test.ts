import { hashCalendarToken, matchesCalendarToken, newCalendarToken } from "./calendar-token";

describe("calendar tokens", () => {
  it("carry at least 128 bits and are stored as a hash only", () => {
    const { token, hash } = newCalendarToken();
    expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
    expect(hash).not.toContain(token);
    expect(hash).toBe(hashCalendarToken(token));
  });

  it("match only their own hash", () => {
    const first = newCalendarToken();
    const second = newCalendarToken();
    expect(matchesCalendarToken(first.token, [second.hash, first.hash])).toBe(true);
    expect(matchesCalendarToken(first.token, [second.hash])).toBe(false);
    expect(matchesCalendarToken("", [first.hash])).toBe(false);
  });
});
