import type { Collection } from "mongodb";
import type { ClaimDocument } from "../../adapters/outbound/mongo/mongo-resource-claims.repository";
import { bookingUseCases, useBookingDatabase } from "../../testing/booking-test-kit";

describe("forgetting claims of past time on the real database", () => {
  const db = useBookingDatabase("forget-past-claims");
  const claimDocs = (): Collection<ClaimDocument> => db().collection<ClaimDocument>("resource_claims");
  const claimAt = (unitStart: string): ClaimDocument => ({
    _id: `counsellor:cns-test:${new Date(unitStart).toISOString()}`,
    owner: "appointment-any",
    attempt: "attempt-any",
    kind: "counsellor",
    resourceId: "cns-test",
    unitStart: new Date(unitStart),
    claimedAt: new Date("2026-11-01T00:00:00Z"),
  });

  it("deletes claims of units that began more than a day ago and keeps the rest", async () => {
    await claimDocs().insertMany([
      claimAt("2026-11-20T08:00:00Z"),
      claimAt("2026-11-24T09:55:00Z"),
      claimAt("2026-11-24T10:05:00Z"),
      claimAt("2026-11-30T08:00:00Z"),
    ]);
    const { forgetPastClaims } = bookingUseCases(db(), { now: new Date("2026-11-25T10:00:00Z") });

    expect(await forgetPastClaims.execute()).toBe(2);
    expect((await claimDocs().find().sort({ _id: 1 }).toArray()).map((claim) => claim.unitStart)).toEqual([
      new Date("2026-11-24T10:05:00Z"),
      new Date("2026-11-30T08:00:00Z"),
    ]);
    expect(await forgetPastClaims.execute()).toBe(0);
  });
});
