import { loadNotifyConfig } from "./config";

describe("notify's retention settings", () => {
  const base = { KAFKA_BROKERS: "127.0.0.1:9092", MONGO_URL: "mongodb://127.0.0.1:27017" };

  it("default to 365 days for every kind, hourly", () => {
    const config = loadNotifyConfig(base);
    expect(config.RETENTION_DAYS_BY_SERVICE_KIND).toEqual({});
    expect(config.RETENTION_DAYS_DEFAULT).toBe(365);
    expect(config.RETENTION_JOB_INTERVAL_MS).toBe(3_600_000);
  });

  it("read the periods per service kind as JSON and refuse anything else", () => {
    const config = loadNotifyConfig({
      ...base,
      RETENTION_DAYS_BY_SERVICE_KIND: '{"psychosocial_centre": 730, "refugee_counselling": 90}',
    });
    expect(config.RETENTION_DAYS_BY_SERVICE_KIND).toEqual({
      psychosocial_centre: 730,
      refugee_counselling: 90,
    });
    for (const wrong of ["730", "{not json", '{"no_such_kind": 30}', '{"psychosocial_centre": -1}']) {
      expect(() => loadNotifyConfig({ ...base, RETENTION_DAYS_BY_SERVICE_KIND: wrong })).toThrow(
        /RETENTION_DAYS/,
      );
    }
  });
});

describe("notify's calendar feed settings", () => {
  const base = { KAFKA_BROKERS: "127.0.0.1:9092", MONGO_URL: "mongodb://127.0.0.1:27017" };

  it("let feeds live a year by default, and refuse a lifetime of none", () => {
    expect(loadNotifyConfig(base).CALENDAR_FEED_TTL_DAYS).toBe(365);
    expect(loadNotifyConfig({ ...base, CALENDAR_FEED_TTL_DAYS: "30" }).CALENDAR_FEED_TTL_DAYS).toBe(30);
    expect(() => loadNotifyConfig({ ...base, CALENDAR_FEED_TTL_DAYS: "0" })).toThrow(
      /CALENDAR_FEED_TTL_DAYS/,
    );
  });
});
