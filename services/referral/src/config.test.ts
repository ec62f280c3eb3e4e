import { loadReferralConfig } from "./config";

const required = { KAFKA_BROKERS: "127.0.0.1:9092", MONGO_URL: "mongodb://127.0.0.1:27017/" };

describe("the referral service's retention settings", () => {
  it("keep a year by default, for every kind, and look for due referrals hourly", () => {
    expect(loadReferralConfig(required)).toMatchObject({
      RETENTION_DAYS_BY_SERVICE_KIND: {},
      RETENTION_DAYS_DEFAULT: 365,
      RETENTION_JOB_INTERVAL_MS: 3_600_000,
      REFERRAL_ERASURE_CONSUMER_GROUP: "referral.privacy-erasures",
    });
  });

  it("read the days per service kind as JSON", () => {
    const config = loadReferralConfig({
      ...required,
      RETENTION_DAYS_BY_SERVICE_KIND: '{"psychosocial_centre": 3650, "refugee_counselling": 730}',
      RETENTION_DAYS_DEFAULT: "180",
    });
    expect(config.RETENTION_DAYS_BY_SERVICE_KIND).toEqual({
      psychosocial_centre: 3650,
      refugee_counselling: 730,
    });
    expect(config.RETENTION_DAYS_DEFAULT).toBe(180);
  });

  it.each([
    ["not JSON", "psychosocial_centre=30"],
    ["an unknown kind", '{"therapy": 30}'],
    ["days that are no positive whole number", '{"psychosocial_centre": -1}'],
  ])("refuse %s", (_what, value) => {
    expect(() => loadReferralConfig({ ...required, RETENTION_DAYS_BY_SERVICE_KIND: value })).toThrow(
      /RETENTION_DAYS_BY_SERVICE_KIND/,
    );
  });
});
