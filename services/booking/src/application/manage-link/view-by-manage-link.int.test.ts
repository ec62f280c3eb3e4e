import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

describe("the client's manage page on the real database", () => {
  const db = useBookingDatabase("manage-view");

  it("shows the appointment for the link's secret only, and the old link dies with a move", async () => {
    const uc = bookingUseCases(db());
    const booked = await uc.book.execute(aBookingRequest("view-key-1"), testActor);
    const id = booked.appointment.appointmentId;
    const view = await uc.viewByManageLink.execute({ appointmentId: id, manageToken: booked.manageToken! });
    expect(view).toMatchObject({
      appointmentId: id,
      status: "booked",
      time: { startsAt: "2026-11-30T08:00:00.000Z", timeZone: "Europe/Berlin" },
      counsellor: { id: "cns-test", name: "Test C." },
      preferredLanguage: "ar",
    });
    expect(JSON.stringify(view)).not.toContain("+49");

    await expect(
      uc.viewByManageLink.execute({ appointmentId: id, manageToken: "x".repeat(43) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", reason: "manage_link_invalid" });
    const moved = await uc.reschedule.byClient({
      appointmentId: id,
      manageToken: booked.manageToken!,
      startsAt: "2026-11-30T10:00:00Z",
    });
    await expect(
      uc.viewByManageLink.execute({ appointmentId: id, manageToken: booked.manageToken! }),
    ).rejects.toMatchObject({ reason: "manage_link_invalid" });
    expect(
      (await uc.viewByManageLink.execute({ appointmentId: id, manageToken: moved.manageToken })).time
        .startsAt,
    ).toBe("2026-11-30T10:00:00.000Z");
  });

  it("works until the appointment's end plus the grace days, then answers GONE manage_link_expired", async () => {
    let now = new Date("2026-11-25T10:00:00Z");
    const uc = bookingUseCases(db(), { now: () => now });
    const booked = await uc.book.execute(aBookingRequest("view-key-expiry"), testActor);
    const appointmentId = booked.appointment.appointmentId;
    const manageToken = booked.manageToken!;
    expect(Date.parse(booked.appointment.time.endsAt)).toBeLessThan(Date.parse("2026-11-30T12:00:00Z"));

    now = new Date("2026-12-14T00:00:00Z"); // after the appointment, within the 14 grace days
    await expect(uc.viewByManageLink.execute({ appointmentId, manageToken })).resolves.toMatchObject({
      appointmentId,
    });

    now = new Date("2026-12-15T00:00:00Z");
    await expect(uc.viewByManageLink.execute({ appointmentId, manageToken })).rejects.toMatchObject({
      code: "GONE",
      reason: "manage_link_expired",
    });
    await expect(
      uc.reschedule.byClient({ appointmentId, manageToken, startsAt: "2026-12-21T08:00:00Z" }),
    ).rejects.toMatchObject({
      code: "GONE",
      reason: "manage_link_expired",
    });
    // A wrong secret still learns nothing, not even that the link expired.
    await expect(
      uc.viewByManageLink.execute({ appointmentId, manageToken: "x".repeat(43) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", reason: "manage_link_invalid" });
  });
});
