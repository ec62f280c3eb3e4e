import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { localEpochDayOf, wallClockAt, wallClockToInstant } from "./wall-clock-to-instant";

const berlin = IANAZone.create("Europe/Berlin");
const local = (iso: string) => Date.parse(`${iso}Z`); // a wall-clock reading as local milliseconds
const utc = (instant: number) => new Date(instant).toISOString();

describe("wallClockToInstant in Europe/Berlin", () => {
  it("uses +01:00 in winter and +02:00 in summer", () => {
    expect(utc(wallClockToInstant(berlin, local("2026-01-14T09:00")))).toBe("2026-01-14T08:00:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-07-15T09:00")))).toBe("2026-07-15T07:00:00.000Z");
  });

  it("maps a time skipped on 2026-03-29 (02:00–03:00) to the switch, 03:00 CEST", () => {
    expect(utc(wallClockToInstant(berlin, local("2026-03-29T01:59")))).toBe("2026-03-29T00:59:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-03-29T02:00")))).toBe("2026-03-29T01:00:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-03-29T02:30")))).toBe("2026-03-29T01:00:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-03-29T03:00")))).toBe("2026-03-29T01:00:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-03-29T03:01")))).toBe("2026-03-29T01:01:00.000Z");
  });

  it("maps a time repeated on 2026-10-25 (02:00–03:00) to its first occurrence, in CEST", () => {
    expect(utc(wallClockToInstant(berlin, local("2026-10-25T01:59")))).toBe("2026-10-24T23:59:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-10-25T02:00")))).toBe("2026-10-25T00:00:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-10-25T02:30")))).toBe("2026-10-25T00:30:00.000Z");
    expect(utc(wallClockToInstant(berlin, local("2026-10-25T03:00")))).toBe("2026-10-25T02:00:00.000Z");
  });

  it("reads the local date of an instant", () => {
    expect(localEpochDayOf(berlin, Date.parse("2026-10-24T22:30:00Z"))).toBe(
      local("2026-10-25T00:00") / 86_400_000,
    );
  });
});

describe("wallClockToInstant in any zone (properties)", () => {
  const zones = [
    "Europe/Berlin",
    "America/New_York",
    "America/Santiago", // switches at midnight: some dates have no 00:00
    "Australia/Lord_Howe", // a 30-minute switch
    "Africa/Casablanca", // switches around Ramadan, weeks apart
    "Asia/Kolkata",
    "Pacific/Kiritimati",
  ].map((name) => IANAZone.create(name));
  const zone = fc.constantFrom(...zones);
  const instant = fc
    .integer({ min: Date.UTC(1995, 0, 1), max: Date.UTC(2045, 0, 1) })
    .map((ms) => ms - (ms % 60_000));

  it("returns the first instant at which the local clock shows that reading", () => {
    fc.assert(
      fc.property(zone, instant, (z, t) => {
        const resolved = wallClockToInstant(z, wallClockAt(z, t));
        expect(wallClockAt(z, resolved)).toBe(wallClockAt(z, t));
        expect(resolved).toBeLessThanOrEqual(t);
        // An earlier result is the first of two occurrences, a whole switch (≥ 30 min) before.
        if (resolved < t) expect(t - resolved).toBeGreaterThanOrEqual(30 * 60_000);
      }),
      { numRuns: 500 },
    );
  });

  it("agrees with luxon's DateTime.fromISO wherever the local time exists exactly once", () => {
    fc.assert(
      fc.property(zone, instant, (z, t) => {
        const mine = wallClockToInstant(z, wallClockAt(z, t));
        const reading = DateTime.fromMillis(wallClockAt(z, t), { zone: "UTC" }).toISO({
          includeOffset: false,
        });
        const viaLuxon = DateTime.fromISO(reading ?? "", { zone: z }).toMillis();
        if (viaLuxon !== mine) {
          // Only where the reading happens twice: luxon takes the later occurrence, we the first.
          expect(viaLuxon).toBeGreaterThan(mine);
          expect(wallClockAt(z, viaLuxon)).toBe(wallClockAt(z, mine));
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never runs backwards, so the order of wall-clock intervals survives", () => {
    const wall = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(zone, wall, fc.integer({ min: 0, max: 3 * 3_600_000 }), (z, w, later) => {
        expect(wallClockToInstant(z, w + later)).toBeGreaterThanOrEqual(wallClockToInstant(z, w));
      }),
      { numRuns: 1000 },
    );
  });
});
