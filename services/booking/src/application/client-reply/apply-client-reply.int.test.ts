import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

const reply = (appointmentId: string, intent: "confirm" | "cancel" | "callback") => ({
  messageId: `msg-${intent}-${appointmentId}`,
  inReplyToMessageId: null,
  appointmentId,
  intent,
  receivedAt: "2026-11-26T09:00:00.000Z",
  language: "ar" as const,
});

describe("client SMS replies on the real database", () => {
  const db = useBookingDatabase("client-replies");

  it("confirm marks the appointment confirmed for reception; cancel cancels once; late replies change nothing", async () => {
    const uc = bookingUseCases(db());
    const booked = await uc.book.execute(aBookingRequest("reply-key-1"), testActor);
    const id = booked.appointment.appointmentId;

    await uc.applyClientReply.execute(reply(id, "confirm"));
    await uc.applyClientReply.execute(reply(id, "confirm"));
    await uc.applyClientReply.execute(reply(id, "callback")); // reception's business, handled by notify
    const day = await uc.locationDay.execute(
      { locationId: "loc-test", date: "2026-11-30" },
      { staffId: "staff-rita", role: "reception", organisationId: "org-test", locationIds: [] },
    );
    expect(day.find((entry) => entry.appointmentId === id)).toMatchObject({
      status: "booked",
      confirmedByClient: true,
    });

    await uc.applyClientReply.execute(reply(id, "cancel"));
    await uc.applyClientReply.execute(reply(id, "cancel"));
    const raw = await db()
      .collection("appointments")
      .findOne({ _id: id as never });
    const outbox = (
      raw as unknown as { outbox: Array<{ envelope: { type: string; data: { reason?: string } } }> }
    ).outbox;
    const cancellations = outbox.filter((entry) => entry.envelope.type === "appointment.cancelled");
    expect(cancellations).toHaveLength(1);
    expect(cancellations[0]!.envelope.data.reason).toBe("client_sms_reply");
    // The time is free again.
    const rebooked = await uc.book.execute(aBookingRequest("reply-key-2"), testActor);
    expect(rebooked.appointment.time.startsAt).toBe(booked.appointment.time.startsAt);
  });

  it("ignores replies about unknown appointments", async () => {
    const uc = bookingUseCases(db());
    await expect(uc.applyClientReply.execute(reply("apt-unknown", "cancel"))).resolves.toBeUndefined();
  });
});
