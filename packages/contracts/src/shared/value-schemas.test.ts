import { ActorSchema } from "./actor";
import { CalendarDateSchema } from "./calendar-date";
import { FederalStateSchema, federalStateNames } from "./federal-state";
import { IdSchema } from "./id";
import { InstantSchema } from "./instant";
import { E164PhoneNumberSchema } from "./phone-number";
import { TimeZoneSchema } from "./time-zone";

describe("shared value schemas", () => {
  it("E.164: accepts + and up to 15 digits, rejects national and formatted numbers", () => {
    expect(E164PhoneNumberSchema.safeParse("+4915112345678").success).toBe(true);
    expect(E164PhoneNumberSchema.safeParse("015112345678").success).toBe(false);
    expect(E164PhoneNumberSchema.safeParse("+49 151 12345678").success).toBe(false);
    expect(E164PhoneNumberSchema.safeParse("+0151123456").success).toBe(false);
  });

  it("instants are UTC only, so a Berlin wall-clock time can't pass as one", () => {
    expect(InstantSchema.safeParse("2026-10-25T01:30:00Z").success).toBe(true);
    expect(InstantSchema.safeParse("2026-10-25T01:30:00.123Z").success).toBe(true);
    expect(InstantSchema.safeParse("2026-10-25T02:30:00+01:00").success).toBe(false);
    expect(InstantSchema.safeParse("2026-10-25T02:30:00").success).toBe(false);
  });

  it("calendar dates are days without time", () => {
    expect(CalendarDateSchema.safeParse("2026-04-14").success).toBe(true);
    expect(CalendarDateSchema.safeParse("2026-02-30").success).toBe(false);
    expect(CalendarDateSchema.safeParse("2026-04-14T00:00:00Z").success).toBe(false);
  });

  it("the time zone is Europe/Berlin", () => {
    expect(TimeZoneSchema.safeParse("Europe/Berlin").success).toBe(true);
    expect(TimeZoneSchema.safeParse("UTC").success).toBe(false);
  });

  it("ids are non-empty strings", () => {
    expect(IdSchema.safeParse("65f0c0ffee").success).toBe(true);
    expect(IdSchema.safeParse("").success).toBe(false);
  });

  it("has all sixteen Länder, including the seed region", () => {
    expect(FederalStateSchema.options).toHaveLength(16);
    expect(federalStateNames["DE-SN"]).toBe("Sachsen");
    expect(federalStateNames["DE-ST"]).toBe("Sachsen-Anhalt");
    expect(federalStateNames["DE-TH"]).toBe("Thüringen");
    expect(FederalStateSchema.safeParse("SN").success).toBe(false);
  });

  it("actors are a client, a staff member with role and organisation, or the system", () => {
    expect(ActorSchema.safeParse({ kind: "client", clientId: "c1" }).success).toBe(true);
    expect(ActorSchema.safeParse({ kind: "system", component: "referral/expiry-job" }).success).toBe(true);
    expect(
      ActorSchema.safeParse({ kind: "staff", staffId: "s1", role: "reception", organisationId: "o1" })
        .success,
    ).toBe(true);
    expect(ActorSchema.safeParse({ kind: "staff", staffId: "s1", role: "reception" }).success).toBe(false);
    expect(
      ActorSchema.safeParse({ kind: "staff", staffId: "s1", role: "boss", organisationId: "o1" }).success,
    ).toBe(false);
  });
});
