import type { StaffPrincipal } from "@counselling/platform";
import {
  aBookingRequest,
  bookingUseCases,
  testReferralGrants,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

const intake: StaffPrincipal = {
  staffId: "staff-ina",
  role: "intake",
  organisationId: "org-test",
  locationIds: [],
};
/** A counsellor of another organisation, referring a client (warm handover). */
const referrer: StaffPrincipal = {
  staffId: "staff-rolf",
  role: "counsellor",
  organisationId: "org-elsewhere",
  locationIds: [],
};

/** Referral's grant for the referrer's hold at the test service (its organisation, in Saxony). */
const grantFor = (referralId: string, change: Partial<Parameters<typeof testReferralGrants.issue>[0]> = {}) =>
  testReferralGrants.issue({
    referralId,
    staffId: referrer.staffId,
    serviceKind: "adult_migration_counselling",
    to: { organisationId: "org-test", federalState: "DE-SN" },
    ...change,
  });

describe("tentative holds on the real database", () => {
  const db = useBookingDatabase("holds");

  it("a hold keeps the time from others and publishes nothing; confirming books it with a manage link and one event", async () => {
    const uc = bookingUseCases(db());
    const held = await uc.placeHold.execute(
      { ...aBookingRequest("hold-key-1"), referralId: "ref-1", holdForMinutes: 60 },
      referrer,
      await grantFor("ref-1"),
    );
    expect(held).toMatchObject({ manageToken: null, holdExpiresAt: "2026-11-25T11:00:00.000Z" });
    const id = held.appointment.appointmentId;
    await expect(
      uc.book.execute(aBookingRequest("other-client"), { kind: "system", component: "t" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "slot_taken",
    });
    const raw = await db()
      .collection("appointments")
      .findOne({ _id: id as never });
    expect(raw).toMatchObject({ status: "held", outbox: [] });
    expect(
      (await uc.findFreeSlots.execute({ serviceId: "svc-test", days: 7 })).map((s) => s.start),
    ).not.toContain("2026-11-30T08:00:00.000Z");

    const confirmed = await uc.confirmHold.execute({ appointmentId: id }, intake);
    expect(confirmed.manageToken.length).toBeGreaterThanOrEqual(22);
    const after = await db()
      .collection("appointments")
      .findOne({ _id: id as never });
    expect(after).toMatchObject({ status: "booked", holdExpiresAt: null });
    const outbox = (
      after as unknown as { outbox: Array<{ envelope: { type: string; data: { referralId: string } } }> }
    ).outbox;
    expect(outbox.map((entry) => entry.envelope.type)).toEqual(["appointment.booked"]);
    expect(outbox[0]!.envelope.data.referralId).toBe("ref-1");
    await expect(uc.confirmHold.execute({ appointmentId: id }, intake)).rejects.toMatchObject({
      reason: "appointment_booked",
    });
  });

  it("an expired hold can't be confirmed, the expiry job gives the time back, and it is bookable again", async () => {
    let now = new Date("2026-11-25T10:00:00Z");
    const uc = bookingUseCases(db(), { now: () => now });
    const request = aBookingRequest("hold-key-2", { startsAt: "2026-11-30T09:00:00Z" });
    const held = await uc.placeHold.execute({ ...request, holdForMinutes: 30 }, intake);
    now = new Date("2026-11-25T10:31:00Z");
    await expect(
      uc.confirmHold.execute({ appointmentId: held.appointment.appointmentId }, intake),
    ).rejects.toMatchObject({
      code: "GONE",
      reason: "hold_expired",
    });
    expect(await uc.expireHolds.execute()).toBe(1);
    expect(await uc.expireHolds.execute()).toBe(0);
    const stored = await uc.appointments.findById(held.appointment.appointmentId);
    expect(stored?.status).toBe("released");
    const booked = await uc.book.execute(
      aBookingRequest("after-hold", { startsAt: "2026-11-30T09:00:00Z" }),
      { kind: "system", component: "t" },
    );
    expect(booked.appointment.time.startsAt).toBe("2026-11-30T09:00:00.000Z");
  });

  it("confirmation racing the expiry job: exactly one of them wins", async () => {
    let now = new Date("2026-11-25T10:00:00Z");
    const uc = bookingUseCases(db(), { now: () => now });
    const held = await uc.placeHold.execute(
      { ...aBookingRequest("hold-key-3", { startsAt: "2026-11-30T10:00:00Z" }), holdForMinutes: 30 },
      intake,
    );
    // The job sees the hold as due (its clock ran ahead); the confirmation still sees it live.
    const late = bookingUseCases(db(), { now: () => new Date("2026-11-25T11:00:00Z") });
    now = new Date("2026-11-25T10:10:00Z");
    const [confirmed, expired] = await Promise.allSettled([
      uc.confirmHold.execute({ appointmentId: held.appointment.appointmentId }, intake),
      late.expireHolds.execute(),
    ]);
    const stored = await uc.appointments.findById(held.appointment.appointmentId);
    if (stored?.status === "booked") {
      expect(confirmed.status).toBe("fulfilled");
      expect(expired).toMatchObject({ status: "fulfilled", value: 0 });
    } else {
      expect(stored?.status).toBe("released");
      expect(confirmed.status).toBe("rejected");
    }
  });

  it("refuses holds at another organisation without a referral, and lets the placer release theirs", async () => {
    const uc = bookingUseCases(db());
    const request = aBookingRequest("hold-key-4", { startsAt: "2026-12-07T08:00:00Z" });
    await expect(uc.placeHold.execute({ ...request, holdForMinutes: 60 }, referrer)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "hold_needs_referral",
    });
    await expect(uc.placeHold.execute({ ...request, holdForMinutes: 0 }, intake)).rejects.toThrow(
      "A hold lasts 5 minutes at least",
    );
    const held = await uc.placeHold.execute(
      { ...request, referralId: "ref-4", holdForMinutes: 60 },
      referrer,
      await grantFor("ref-4"),
    );
    // The receiving organisation's intake can't be bypassed: a stranger can't release it.
    await expect(
      uc.releaseHold.byStaff(
        { appointmentId: held.appointment.appointmentId },
        { ...referrer, staffId: "staff-x" },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const released = await uc.releaseHold.byStaff(
      { appointmentId: held.appointment.appointmentId },
      referrer,
    );
    expect(released.status).toBe("released");
    expect(
      await uc.claims.busyIntervals(
        { kind: "counsellor", id: "cns-test" },
        new Date("2026-12-07T07:00:00Z"),
        new Date("2026-12-07T10:00:00Z"),
      ),
    ).toEqual([]);
  });
  it("across organisations only with referral's grant for this referral, person, kind and organisation", async () => {
    const uc = bookingUseCases(db());
    const request = {
      ...aBookingRequest("hold-key-5", { startsAt: "2026-12-07T09:00:00Z" }),
      referralId: "ref-5",
      holdForMinutes: 60,
    };
    // A made-up referral id alone no longer holds anyone's time (docs/security.md, gap 3).
    await expect(uc.placeHold.execute(request, referrer)).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "referral_grant_missing",
    });
    await expect(uc.placeHold.execute(request, referrer, "not-a-grant")).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "referral_grant_invalid",
    });
    const mismatches = [
      await grantFor("ref-other"),
      await grantFor("ref-5", { staffId: "staff-someone-else" }),
      await grantFor("ref-5", { serviceKind: "psychosocial_centre" }),
      await grantFor("ref-5", { to: { organisationId: "org-elsewhere", federalState: "DE-SN" } }),
      await grantFor("ref-5", { to: { organisationId: null, federalState: "DE-BY" } }),
    ];
    for (const grant of mismatches) {
      await expect(uc.placeHold.execute(request, referrer, grant)).rejects.toMatchObject({
        code: "FORBIDDEN",
        reason: "referral_grant_mismatch",
      });
    }
    // Nothing was held by the refused attempts: the time is still free.
    expect(
      await uc.claims.busyIntervals(
        { kind: "counsellor", id: "cns-test" },
        new Date("2026-12-07T08:00:00Z"),
        new Date("2026-12-07T11:00:00Z"),
      ),
    ).toEqual([]);
    const held = await uc.placeHold.execute(request, referrer, await grantFor("ref-5"));
    expect(held.appointment.referralId).toBe("ref-5");
    const regionWide = await grantFor("ref-6", { to: { organisationId: null, federalState: "DE-SN" } });
    await expect(
      uc.placeHold.execute(
        { ...request, idempotencyKey: "hold-key-6", startsAt: "2026-12-07T10:00:00Z", referralId: "ref-6" },
        referrer,
        regionWide,
      ),
    ).resolves.toMatchObject({ appointment: { referralId: "ref-6" } });
  });

  it("the service's own organisation holds without a grant, as before", async () => {
    const uc = bookingUseCases(db());
    const held = await uc.placeHold.execute(
      {
        ...aBookingRequest("hold-key-7", { startsAt: "2026-12-14T08:00:00Z" }),
        referralId: "ref-7",
        holdForMinutes: 60,
      },
      intake,
    );
    expect(held.appointment.referralId).toBe("ref-7");
  });
});
