import type { ClaimDocument } from "../../adapters/outbound/mongo/mongo-resource-claims.repository";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

describe("rescheduling an appointment on the real database", () => {
  const db = useBookingDatabase("reschedule");
  const useCases = () => bookingUseCases(db());
  const request = (key: string, startsAt: string) => aBookingRequest(key, { startsAt });
  const system = testActor;

  const claimsOf = (owner: string) =>
    db()
      .collection<ClaimDocument>("resource_claims")
      .find({ owner, kind: "counsellor" })
      .toArray()
      .then((claims) => claims.map((claim) => claim.unitStart.toISOString()).sort());

  it("moves into time overlapping its own, invalidates the old link, and frees only the old time", async () => {
    const { book, reschedule } = useCases();
    const booked = await book.execute(request("move-key-1", "2026-11-30T08:00:00Z"), system);
    const id = booked.appointment.appointmentId;

    const moved = await reschedule.byClient({
      appointmentId: id,
      manageToken: booked.manageToken!,
      startsAt: "2026-11-30T08:15:00Z",
    });
    expect(moved.appointment.details).toMatchObject({
      time: { startsAt: "2026-11-30T08:15:00.000Z", endsAt: "2026-11-30T09:00:00.000Z" },
      sequence: 1,
    });
    const units = await claimsOf(id);
    expect(units[0]).toBe("2026-11-30T08:15:00.000Z");
    expect(units).toHaveLength(12); // 45 + 15 minutes
    const stored = await db()
      .collection("appointments")
      .findOne({ _id: id as never });
    const rescheduled = (
      stored as unknown as { outbox: Array<{ envelope: { type: string; data: Record<string, unknown> } }> }
    ).outbox.find((entry) => entry.envelope.type === "appointment.rescheduled");
    expect(rescheduled?.envelope.data).toMatchObject({
      previousTime: { startsAt: "2026-11-30T08:00:00.000Z" },
      sequence: 1,
    });

    // The old link is dead; the new one works.
    await expect(
      reschedule.byClient({
        appointmentId: id,
        manageToken: booked.manageToken!,
        startsAt: "2026-11-30T10:00:00Z",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", reason: "manage_link_invalid" });
    await reschedule.byClient({
      appointmentId: id,
      manageToken: moved.manageToken,
      startsAt: "2026-11-30T10:00:00Z",
    });
  });

  it("keeps the old time when the new one is taken, and cannot move a cancelled appointment", async () => {
    const { book, reschedule, cancel } = useCases();
    const mine = await book.execute(request("move-key-2", "2026-12-07T08:00:00Z"), system);
    await book.execute(request("move-key-3", "2026-12-07T09:00:00Z"), system);
    const id = mine.appointment.appointmentId;

    await expect(
      reschedule.byClient({
        appointmentId: id,
        manageToken: mine.manageToken!,
        startsAt: "2026-12-07T08:30:00Z",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", reason: "slot_taken" });
    expect((await claimsOf(id))[0]).toBe("2026-12-07T08:00:00.000Z");
    expect(await claimsOf(id)).toHaveLength(12);

    await cancel.byClient({ appointmentId: id, manageToken: mine.manageToken! });
    await expect(
      reschedule.byClient({
        appointmentId: id,
        manageToken: mine.manageToken!,
        startsAt: "2026-12-07T10:00:00Z",
      }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", reason: "appointment_cancelled" });
  });
});
