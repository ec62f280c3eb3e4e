import { calendarFeedExpired, calendarFeedExpiresAt, effectiveFeedExpiry } from "./calendar-feed-lifetime";

describe("calendar feed lifetime", () => {
  const createdAt = new Date("2026-01-10T12:00:00Z");

  it("runs from creation for the TTL days", () => {
    expect(calendarFeedExpiresAt(createdAt, 365).toISOString()).toBe("2027-01-10T12:00:00.000Z");
  });

  it("uses the stored expiresAt, else created-at + TTL for old feeds, else never", () => {
    const stored = new Date("2026-02-01T00:00:00Z");
    expect(effectiveFeedExpiry({ createdAt, expiresAt: stored }, 365)).toEqual(stored);
    expect(effectiveFeedExpiry({ createdAt }, 30)?.toISOString()).toBe("2026-02-09T12:00:00.000Z");
    expect(effectiveFeedExpiry({ createdAt, expiresAt: null }, 30)?.toISOString()).toBe(
      "2026-02-09T12:00:00.000Z",
    );
    expect(effectiveFeedExpiry({}, 30)).toBeNull();
  });

  it("is expired from the expiry instant on", () => {
    const expiresAt = new Date("2027-01-10T12:00:00Z");
    expect(calendarFeedExpired({ createdAt, expiresAt }, 365, new Date("2027-01-10T11:59:59.999Z"))).toBe(
      false,
    );
    expect(calendarFeedExpired({ createdAt, expiresAt }, 365, expiresAt)).toBe(true);
    expect(calendarFeedExpired({ createdAt }, 365, new Date("2027-02-01T00:00:00Z"))).toBe(true);
    expect(calendarFeedExpired({}, 365, new Date("2100-01-01T00:00:00Z"))).toBe(false);
  });
});
