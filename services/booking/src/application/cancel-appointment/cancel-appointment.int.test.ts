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
});
