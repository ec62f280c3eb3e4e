import type { AccessLogEntry } from "../../api/service-types";
import {
  ACCESS_LOG_LIMIT,
  accessLogQueryOf,
  askEveryService,
  emptyAccessLogFilter,
  integrityOf,
  mergeAccessLogs,
  nextDay,
  truncatedServices,
} from "./access-log";

function entry(position: number, at: string, staffId = "staff-dpo"): AccessLogEntry {
  return {
    position,
    at,
    staffId,
    role: "dpo",
    organisationId: "org-westsachsen",
    action: "export",
    procedure: "privacy.exportOwn",
    purpose: "answer the person's request",
    clientIds: ["client-a1"],
    recordIds: ["a1"],
    fields: ["name", "phone"],
  };
}

describe("the access log search", () => {
  it("sends only what is filled in, with the service's maximum", () => {
    expect(accessLogQueryOf(emptyAccessLogFilter)).toEqual({
      query: { limit: ACCESS_LOG_LIMIT },
      problem: null,
    });
    expect(
      accessLogQueryOf({ ...emptyAccessLogFilter, clientId: " client-a1 ", staffId: "staff-dpo" }).query,
    ).toEqual({ clientId: "client-a1", staffId: "staff-dpo", limit: ACCESS_LOG_LIMIT });
  });

  it("takes whole Berlin days, the last one included", () => {
    expect(accessLogQueryOf({ ...emptyAccessLogFilter, from: "2026-11-25", to: "2026-11-25" }).query).toEqual(
      {
        from: "2026-11-24T23:00:00.000Z",
        to: "2026-11-25T23:00:00.000Z",
        limit: ACCESS_LOG_LIMIT,
      },
    );
    // Summer time, and the day after the end of a month and of a year.
    expect(accessLogQueryOf({ ...emptyAccessLogFilter, to: "2026-07-31" }).query?.to).toBe(
      "2026-07-31T22:00:00.000Z",
    );
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });

  it("refuses a last day before the first", () => {
    expect(accessLogQueryOf({ ...emptyAccessLogFilter, from: "2026-11-25", to: "2026-11-24" })).toEqual({
      query: null,
      problem: "datesReversed",
    });
  });
});

describe("the three services' logs as one", () => {
  it("lists every entry once, newest first, the same instant by service and then latest position", () => {
    const merged = mergeAccessLogs([
      {
        service: "booking",
        entries: [entry(1, "2026-11-25T10:00:00.000Z"), entry(2, "2026-11-25T10:05:00.000Z")],
      },
      { service: "referral", entries: [entry(1, "2026-11-25T10:05:00.000Z")] },
      {
        service: "notify",
        entries: [entry(7, "2026-11-25T09:00:00.000Z"), entry(8, "2026-11-25T10:10:00.000Z")],
      },
    ]);
    expect(merged.map((row) => row.key)).toEqual([
      "notify-8",
      "booking-2",
      "referral-1",
      "booking-1",
      "notify-7",
    ]);
    expect(merged[0]?.service).toBe("notify");
  });

  it("names the services that may have more than they returned", () => {
    const full = Array.from({ length: 3 }, (_, index) => entry(index + 1, "2026-11-25T10:00:00.000Z"));
    expect(
      truncatedServices(
        [
          { service: "booking", entries: full },
          { service: "notify", entries: full.slice(1) },
        ],
        3,
      ),
    ).toEqual(["booking"]);
  });

  it("asks every service, and one that fails does not hide the others", async () => {
    const failure = new Error("down");
    const outcomes = await askEveryService((service) =>
      service === "referral" ? Promise.reject(failure) : Promise.resolve(service.length),
    );
    expect(outcomes).toEqual([
      { service: "booking", ok: true, value: 7 },
      { service: "referral", ok: false, error: failure },
      { service: "notify", ok: true, value: 6 },
    ]);
  });

  it("says per service whether the hash chain holds, and where it breaks", () => {
    const failure = new Error("down");
    expect(
      integrityOf([
        { service: "booking", ok: true, value: { intact: true, entries: 12, brokenAt: null } },
        { service: "referral", ok: true, value: { intact: false, entries: 5, brokenAt: 3 } },
        { service: "notify", ok: false, error: failure },
      ]),
    ).toEqual([
      { service: "booking", state: "intact", entries: 12 },
      { service: "referral", state: "broken", entries: 5, brokenAt: 3 },
      { service: "notify", state: "unknown", error: failure },
    ]);
  });
});
