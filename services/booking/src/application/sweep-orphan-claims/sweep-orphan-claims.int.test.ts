import type { Collection } from "mongodb";
import type { ClaimDocument } from "../../adapters/outbound/mongo/mongo-resource-claims.repository";
import {
  aBookingRequest,
  bookingUseCases,
  testActor,
  useBookingDatabase,
} from "../../testing/booking-test-kit";

describe("sweeping orphan claims on the real database", () => {
  const db = useBookingDatabase("sweep");
  const claimDocs = (): Collection<ClaimDocument> => db().collection<ClaimDocument>("resource_claims");
  /** The booking kit's day: its appointment is on Monday 30 November 2026, 09:00 in Berlin. */
  const bookedAt = new Date("2026-11-25T10:00:00Z");
  const longAgo = new Date("2026-11-01T00:00:00Z");
  // Every test books the kit's one slot and counts what a sweep sees: each starts empty.
  beforeEach(async () => {
    await claimDocs().deleteMany({});
    await db().collection("appointments").deleteMany({});
  });

  const claimOf = (
    owner: string,
    unitStart: string,
    claimedAt: Date,
    resourceId = "cns-elsewhere",
  ): ClaimDocument => ({
    _id: `counsellor:${resourceId}:${new Date(unitStart).toISOString()}`,
    owner,
    attempt: `attempt-${owner}`,
    kind: "counsellor",
    resourceId,
    unitStart: new Date(unitStart),
    claimedAt,
  });

  it("frees claims of owners that never became an appointment, after a grace period, and keeps the rest", async () => {
    const booked = await bookingUseCases(db(), { now: bookedAt }).book.execute(
      aBookingRequest("sweep-key-1"),
      testActor,
    );
    const sweptAt = new Date(bookedAt.getTime() + 10 * 60_000);
    await claimDocs().insertMany([
      claimOf("ghost", "2026-12-01T09:00:00Z", longAgo),
      claimOf("ghost", "2026-12-01T09:05:00Z", longAgo),
      claimOf("in-flight", "2026-12-01T09:10:00Z", new Date(sweptAt.getTime() - 5_000)),
    ]);
    // Mark the appointment's own claims as old, so that the sweep looks at them too.
    await claimDocs().updateMany(
      { owner: booked.appointment.appointmentId },
      { $set: { claimedAt: longAgo } },
    );

    const { sweep } = bookingUseCases(db(), { now: sweptAt });

    expect(await sweep.execute()).toBe(1);
    expect(await claimDocs().countDocuments({ owner: "ghost" })).toBe(0);
    expect(await claimDocs().countDocuments({ owner: "in-flight" })).toBe(1);
    expect(await claimDocs().countDocuments({ owner: booked.appointment.appointmentId })).toBe(24);
  });

  it("frees what a living appointment holds outside its stored time (a move whose answer was lost)", async () => {
    const booked = await bookingUseCases(db(), { now: bookedAt }).book.execute(
      aBookingRequest("sweep-key-2"),
      testActor,
    );
    const appointmentId = booked.appointment.appointmentId;
    // The new time of a move that was claimed, but never written to the appointment.
    await claimDocs().insertMany([
      claimOf(appointmentId, "2026-12-02T13:00:00Z", longAgo, "cns-test"),
      claimOf(appointmentId, "2026-12-02T13:05:00Z", longAgo, "cns-test"),
    ]);
    await claimDocs().updateMany({ owner: appointmentId }, { $set: { claimedAt: longAgo } });

    const { sweep } = bookingUseCases(db(), { now: new Date(bookedAt.getTime() + 10 * 60_000) });

    expect(await sweep.execute()).toBe(1);
    expect(await claimDocs().countDocuments({ owner: appointmentId })).toBe(24);
    expect(
      await claimDocs().countDocuments({ owner: appointmentId, unitStart: { $gte: new Date("2026-12-02") } }),
    ).toBe(0);
  });

  it("reaches an orphan behind more living claims than one run looks at, then starts over", async () => {
    const booked = await bookingUseCases(db(), { now: bookedAt }).book.execute(
      aBookingRequest("sweep-key-3"),
      testActor,
    );
    await claimDocs().updateMany(
      { owner: booked.appointment.appointmentId },
      { $set: { claimedAt: longAgo } },
    );
    // Its key sorts after all 24 of the appointment's ("counsellor:cns-test:…", "room:…").
    await claimDocs().insertOne({
      ...claimOf("ghost", "2026-12-01T09:00:00Z", longAgo),
      _id: "room:zz-last:2026-12-01T09:00:00.000Z",
      kind: "room",
      resourceId: "zz-last",
    });

    const { sweep } = bookingUseCases(db(), {
      now: new Date(bookedAt.getTime() + 10 * 60_000),
      sweepPageSize: 10,
    });

    expect([await sweep.execute(), await sweep.execute()]).toEqual([0, 0]);
    expect(await claimDocs().countDocuments({ owner: "ghost" })).toBe(1);
    expect(await sweep.execute()).toBe(1);
    expect(await claimDocs().countDocuments({ owner: "ghost" })).toBe(0);
    // The short page ended the round: the next run looks at the first claims again, all living.
    expect(await sweep.execute()).toBe(0);
    expect(await claimDocs().countDocuments({ owner: booked.appointment.appointmentId })).toBe(24);
  });
});
