import { randomBytes } from "node:crypto";
import {
  CalendarLinkTokens,
  hashCalendarToken,
  matchesCalendarToken,
  newCalendarToken,
} from "./calendar-token";

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

describe("calendar links derived from events", () => {
  const tokens = new CalendarLinkTokens(randomBytes(32));

  it("give a retried event the same link, and every other event another one", () => {
    const first = tokens.forEvent("event-1");
    expect(tokens.forEvent("event-1")).toEqual(first);
    expect(tokens.forEvent("event-2").token).not.toBe(first.token);
    expect(Buffer.from(first.token, "base64url").length * 8).toBe(192);
    expect(first.hash).toBe(hashCalendarToken(first.token));
  });

  it("can't be computed without the master key", () => {
    const elsewhere = new CalendarLinkTokens(randomBytes(32));
    expect(elsewhere.forEvent("event-1").token).not.toBe(tokens.forEvent("event-1").token);
  });
});
