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

  const claimOf = (owner: string, minute: number, claimedAt: Date): ClaimDocument => ({
    _id: `counsellor:cns-elsewhere:2026-12-01T09:${String(minute).padStart(2, "0")}:00.000Z`,
    owner,
    attempt: `attempt-${owner}`,
    kind: "counsellor",
    resourceId: "cns-elsewhere",
    unitStart: new Date(`2026-12-01T09:${String(minute).padStart(2, "0")}:00Z`),
    claimedAt,
  });

  it("frees claims of owners that never became an appointment, after a grace period, and keeps the rest", async () => {
    const booked = await bookingUseCases(db()).book.execute(aBookingRequest("sweep-key-1"), testActor);
    const sweptAt = new Date(Date.now() + 10 * 60_000);
    await claimDocs().insertMany([
      claimOf("ghost", 0, new Date()),
      claimOf("ghost", 5, new Date()),
      claimOf("in-flight", 10, new Date(sweptAt.getTime() - 5_000)),
    ]);

    const { sweep } = bookingUseCases(db(), { now: sweptAt });

    expect(await sweep.execute()).toBe(1);
    expect(await claimDocs().countDocuments({ owner: "ghost" })).toBe(0);
    expect(await claimDocs().countDocuments({ owner: "in-flight" })).toBe(1);
    expect(await claimDocs().countDocuments({ owner: booked.appointment.appointmentId })).toBe(24);
  });
});
