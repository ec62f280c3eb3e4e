import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

describe("cancelling an appointment on the real database", () => {
  const db = useBookingDatabase("cancel");

  it("cancels with the manage link, raises SEQUENCE, frees the time, and the link cannot be used again", async () => {
    const { book, cancel } = bookingUseCases(db());
    const booked = await book.execute(aBookingRequest("cancel-key-1"), testActor);
    const appointmentId = booked.appointment.appointmentId;

    await expect(cancel.byClient({ appointmentId, manageToken: "x".repeat(43) })).rejects.toMatchObject({
      code: "FORBIDDEN",
      reason: "manage_link_invalid",
    });

    const cancelled = await cancel.byClient({ appointmentId, manageToken: booked.manageToken! });
    expect(cancelled).toMatchObject({ status: "cancelled", version: 2, details: { sequence: 1 } });
    const stored = await db()
      .collection("appointments")
      .findOne({ _id: appointmentId as never });
    const types = (stored as unknown as { outbox: Array<{ envelope: { type: string } }> }).outbox.map(
      (entry) => entry.envelope.type,
    );
    expect(types).toContain("appointment.cancelled");
    expect(await db().collection("resource_claims").countDocuments({ owner: appointmentId })).toBe(0);

    // The reused link gets a clear 4xx; the freed time can be booked by someone else.
    await expect(cancel.byClient({ appointmentId, manageToken: booked.manageToken! })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      reason: "appointment_cancelled",
    });
    await expect(book.execute(aBookingRequest("cancel-key-2"), testActor)).resolves.toMatchObject({
      replayed: false,
    });
  });

  it("refuses the manage link once the appointment's end plus the grace days has passed", async () => {
    let now = new Date("2026-11-25T10:00:00Z");
    const { book, cancel } = bookingUseCases(db(), { now: () => now });
    const booked = await book.execute(
      aBookingRequest("cancel-key-expiry", { startsAt: "2026-11-30T10:00:00Z" }),
      testActor,
    );
    const appointmentId = booked.appointment.appointmentId;

    now = new Date("2026-12-15T00:00:00Z");
    await expect(cancel.byClient({ appointmentId, manageToken: booked.manageToken! })).rejects.toMatchObject({
      code: "GONE",
      reason: "manage_link_expired",
    });
    const stored = await db()
      .collection("appointments")
      .findOne({ _id: appointmentId as never });
    expect(stored).toMatchObject({ status: "booked" });
  });
});
