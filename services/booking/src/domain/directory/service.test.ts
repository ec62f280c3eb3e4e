import { aService } from "./directory.mother";
import { ServiceSchema } from "./service";

const messages = (value: unknown) =>
  ServiceSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe("Service", () => {
  it("takes `sensitive` from the kind when it is left out", () => {
    expect(ServiceSchema.parse(aService({ kind: "psychosocial_centre" })).sensitive).toBe(true);
    expect(ServiceSchema.parse(aService({ kind: "asylum_procedure_counselling" })).sensitive).toBe(true);
    expect(ServiceSchema.parse(aService({ kind: "adult_migration_counselling" })).sensitive).toBe(false);
  });

  it("keeps an explicit `sensitive` either way", () => {
    expect(ServiceSchema.parse(aService({ kind: "psychosocial_centre", sensitive: false })).sensitive).toBe(
      false,
    );
    expect(ServiceSchema.parse(aService({ sensitive: true })).sensitive).toBe(true);
  });

  it("is one-to-one unless it has a group capacity", () => {
    expect(ServiceSchema.parse(aService()).groupCapacity).toBeNull();
    expect(ServiceSchema.parse(aService({ kind: "respect_coaches", groupCapacity: 24 })).groupCapacity).toBe(
      24,
    );
    expect(messages(aService({ groupCapacity: 1 }))).toEqual([
      "A group has at least 2 seats; use null for one-to-one sessions",
    ]);
  });

  it("keeps durations and buffers on the five-minute grid of claims", () => {
    expect(messages(aService({ defaultDurationMinutes: 47 }))).toEqual([
      "The duration is a multiple of 5 minutes",
    ]);
    expect(messages(aService({ defaultDurationMinutes: 0 }))).toEqual(["The duration is at least 5 minutes"]);
    expect(messages(aService({ defaultDurationMinutes: 600 }))).toEqual([
      "The duration is at most 480 minutes",
    ]);
    expect(messages(aService({ slotStepMinutes: 0 }))).toEqual(["The slot step is at least 5 minutes"]);
  });

  it("allows no buffer and no notice, but nothing negative", () => {
    const noSlack = aService({ bufferBeforeMinutes: 0, bufferAfterMinutes: 0, minimumNoticeMinutes: 0 });
    expect(ServiceSchema.safeParse(noSlack).success).toBe(true);
    expect(messages(aService({ bufferAfterMinutes: -5 }))).toEqual([
      "The buffer after is at least 0 minutes",
    ]);
    expect(messages(aService({ minimumNoticeMinutes: -1 }))).toEqual([
      "The minimum notice can't be negative",
    ]);
  });

  it("books ahead for at least a day and at most a year", () => {
    expect(messages(aService({ horizonDays: 0 }))).toEqual(["The booking horizon is at least 1 day"]);
    expect(messages(aService({ horizonDays: 400 }))).toEqual(["The booking horizon is at most 365 days"]);
  });

  it("needs a location, a language and a channel, each listed once", () => {
    expect(messages(aService({ locationIds: [] }))).toEqual(["A service runs at one location at least"]);
    expect(messages(aService({ languages: [] }))).toEqual(["A service is offered in one language at least"]);
    expect(messages(aService({ languages: ["de", "ar", "de"] }))).toEqual(["Languages must not repeat: de"]);
    expect(messages(aService({ channels: [] }))).toEqual(["A service is offered in one channel at least"]);
  });

  it("refuses unknown kinds, channels and languages", () => {
    expect(ServiceSchema.safeParse({ ...aService(), kind: "mbe" }).success).toBe(false);
    expect(ServiceSchema.safeParse({ ...aService(), channels: ["sms"] }).success).toBe(false);
    expect(ServiceSchema.safeParse({ ...aService(), languages: ["ara"] }).success).toBe(false);
  });
});
