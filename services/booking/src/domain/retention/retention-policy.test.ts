import {
  closedWaitlistStatuses,
  finishedAppointmentStatuses,
  retentionCutoffsAt,
  retentionDaysFor,
  retentionExpired,
  type RetentionPolicy,
} from "./retention-policy";

const policy: RetentionPolicy = {
  daysByServiceKind: { psychosocial_centre: 3650, adult_migration_counselling: 90 },
  defaultDays: 365,
};
const now = new Date("2027-06-01T12:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe("retention policy", () => {
  it("keeps each service kind's own period, and the default for the others", () => {
    expect(retentionDaysFor(policy, "psychosocial_centre")).toBe(3650);
    expect(retentionDaysFor(policy, "adult_migration_counselling")).toBe(90);
    expect(retentionDaysFor(policy, "refugee_counselling")).toBe(365);
  });

  it("is expired only once the full period has passed since the record finished", () => {
    expect(retentionExpired(policy, "adult_migration_counselling", daysBefore(91), now)).toBe(true);
    expect(retentionExpired(policy, "adult_migration_counselling", daysBefore(90), now)).toBe(false);
    expect(retentionExpired(policy, "psychosocial_centre", daysBefore(91), now)).toBe(false);
    expect(retentionExpired(policy, "refugee_counselling", daysBefore(366), now)).toBe(true);
  });

  it("asks per kind with its own period, and for all other kinds with the default", () => {
    expect(retentionCutoffsAt(policy, now)).toEqual([
      { finishedBefore: daysBefore(3650), serviceKinds: { in: ["psychosocial_centre"] } },
      { finishedBefore: daysBefore(90), serviceKinds: { in: ["adult_migration_counselling"] } },
      {
        finishedBefore: daysBefore(365),
        serviceKinds: { notIn: ["psychosocial_centre", "adult_migration_counselling"] },
      },
    ]);
    expect(retentionCutoffsAt({ daysByServiceKind: {}, defaultDays: 30 }, now)).toEqual([
      { finishedBefore: daysBefore(30), serviceKinds: { notIn: [] } },
    ]);
  });

  it("anonymises finished appointments and closed waitlist entries, never live ones", () => {
    expect([...finishedAppointmentStatuses].sort()).toEqual([
      "cancelled",
      "completed",
      "no_show",
      "released",
    ]);
    expect([...closedWaitlistStatuses].sort()).toEqual(["booked", "lapsed", "withdrawn"]);
  });
});
