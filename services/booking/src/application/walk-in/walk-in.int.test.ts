import type { StaffPrincipal } from "@counselling/platform";
import { bookingUseCases, useBookingDatabase } from "../../testing/booking-test-kit";

const reception: StaffPrincipal = {
  staffId: "staff-rita",
  role: "reception",
  organisationId: "org-test",
  locationIds: ["loc-test"],
};
const client = {
  displayName: "Hamid",
  phone: "+4915112345678",
  preferredLanguage: "ar" as const,
  smsConsent: true,
};

describe("walk-in quick booking and staff booking on the real database", () => {
  const db = useBookingDatabase("walk-in");
  // Monday 30 November 2026, 09:07 in Berlin: the counsellor works 09:00–12:00.
  const now = new Date("2026-11-30T08:07:00Z");

  it("books the first free suitable counsellor now, ignoring the minimum notice, and the next client after", async () => {
    const uc = bookingUseCases(db(), { now });
    const first = await uc.walkIn.execute(
      { idempotencyKey: "walk-in-1", serviceId: "svc-test", locationId: "loc-test", client },
      reception,
    );
    expect(Date.parse(first.appointment.time.startsAt)).toBeGreaterThan(now.getTime());
    expect(Date.parse(first.appointment.time.startsAt) - now.getTime()).toBeLessThan(60 * 60_000);
    expect(first.appointment.counsellorId).toBe("cns-test");
    expect(first.counsellorName).toBe("Test C.");
    const second = await uc.walkIn.execute(
      { idempotencyKey: "walk-in-2", serviceId: "svc-test", locationId: "loc-test", client },
      reception,
    );
    expect(Date.parse(second.appointment.time.startsAt)).toBeGreaterThanOrEqual(
      Date.parse(first.appointment.time.endsAt),
    );
    // Pressing the button again (same key) gives the same booking, not a third one.
    const again = await uc.walkIn.execute(
      { idempotencyKey: "walk-in-1", serviceId: "svc-test", locationId: "loc-test", client },
      reception,
    );
    expect(again).toMatchObject({
      replayed: true,
      appointment: { appointmentId: first.appointment.appointmentId },
    });
    // The public booking still enforces the notice: the same kind of time is refused there.
    await expect(
      uc.book.execute(
        {
          idempotencyKey: "public-late",
          serviceId: "svc-test",
          locationId: "loc-test",
          counsellorId: "cns-test",
          startsAt: second.appointment.time.endsAt,
          channel: "in_person",
          client,
        },
        { kind: "system", component: "test" },
      ),
    ).rejects.toMatchObject({ reason: "slot_outside_rules" });
  });

  it("says clearly when nobody is free today, and refuses reception of another location", async () => {
    const uc = bookingUseCases(db(), { now: new Date("2026-11-30T10:59:00Z") }); // 11:59, day over
    await expect(
      uc.walkIn.execute(
        { idempotencyKey: "walk-in-3", serviceId: "svc-test", locationId: "loc-test", client },
        reception,
      ),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "no_walk_in_slot" });
    await expect(
      uc.walkIn.execute(
        { idempotencyKey: "walk-in-4", serviceId: "svc-test", locationId: "loc-test", client },
        { ...reception, locationIds: ["loc-other"] },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN", reason: "out_of_scope" });
  });

  it("lets staff book for a client within their organisation, attributed to them", async () => {
    const uc = bookingUseCases(db(), { now: new Date("2026-11-25T10:00:00Z") });
    const request = {
      idempotencyKey: "by-phone-1",
      serviceId: "svc-test",
      locationId: "loc-test",
      counsellorId: "cns-test",
      startsAt: "2026-12-14T08:00:00Z",
      channel: "in_person" as const,
      client,
    };
    const booked = await uc.bookForClient.execute(request, reception);
    const stored = await uc.appointments.findById(booked.appointment.appointmentId);
    expect(stored?.bookedBy).toEqual({
      kind: "staff",
      staffId: "staff-rita",
      role: "reception",
      organisationId: "org-test",
    });
    await expect(
      uc.bookForClient.execute(
        { ...request, idempotencyKey: "by-phone-2" },
        { ...reception, organisationId: "org-x" },
      ),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
