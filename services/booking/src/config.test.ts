import { loadBookingConfig } from "./config";

const required = { KAFKA_BROKERS: "127.0.0.1:9092", MONGO_URL: "mongodb://127.0.0.1:27017/" };

describe("booking config", () => {
  it("keeps a year of personal data by default, hourly, and no peer URLs", () => {
    const config = loadBookingConfig(required);
    expect(config.RETENTION_DAYS_BY_SERVICE_KIND).toEqual({});
    expect(config.RETENTION_DAYS_DEFAULT).toBe(365);
    expect(config.RETENTION_JOB_INTERVAL_MS).toBe(3_600_000);
    expect(config.REFERRAL_URL).toBeUndefined();
    expect(config.MANAGE_LINK_GRACE_DAYS).toBe(14);
    expect(loadBookingConfig({ ...required, MANAGE_LINK_GRACE_DAYS: "3" }).MANAGE_LINK_GRACE_DAYS).toBe(3);
    expect(() => loadBookingConfig({ ...required, MANAGE_LINK_GRACE_DAYS: "-1" })).toThrow(
      /MANAGE_LINK_GRACE_DAYS/,
    );
  });

  it("reads retention per service kind as JSON and refuses unknown kinds and bad values", () => {
    const config = loadBookingConfig({
      ...required,
      RETENTION_DAYS_BY_SERVICE_KIND: '{"psychosocial_centre": 3650, "adult_migration_counselling": 90}',
    });
    expect(config.RETENTION_DAYS_BY_SERVICE_KIND).toEqual({
      psychosocial_centre: 3650,
      adult_migration_counselling: 90,
    });
    for (const bad of ['{"astrology": 10}', '{"psychosocial_centre": -1}', "not json", "[1]"]) {
      expect(() => loadBookingConfig({ ...required, RETENTION_DAYS_BY_SERVICE_KIND: bad })).toThrow(
        /RETENTION_DAYS_BY_SERVICE_KIND/,
      );
    }
  });
});
